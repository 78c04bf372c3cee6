// The workbook as an .xlsx package, through Office's File API (getFileAsync, CompressedFile): the one
// way below ExcelApi 1.13 to learn which cells are merged. Excel on Windows and Mac serialise the
// open document; Excel on the web offers only PDF (but always has ExcelApi 1.13).

/** Resolves to the document's .xlsx bytes; rejects where the host cannot give them. */
export type DocumentFile = () => Promise<Uint8Array>;

/** The largest slice Office allows outside iPad (4 MB). */
const SLICE = 4 * 1024 * 1024;

interface AsyncResultLike<T> {
  status: string;
  value: T;
  error?: { message?: string };
}
interface FileLike {
  sliceCount: number;
  getSliceAsync(index: number, cb: (r: AsyncResultLike<{ data: ArrayLike<number> }>) => void): void;
  closeAsync(cb?: (r: AsyncResultLike<void>) => void): void;
}
interface DocumentLike {
  getFileAsync(
    type: string,
    options: { sliceSize: number },
    cb: (r: AsyncResultLike<FileLike>) => void
  ): void;
}

function settle<T>(call: (cb: (r: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    call((r) =>
      r.status === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? r.status))
    )
  );
}

/** Reads every slice of the file and closes it (Office keeps at most two files open). */
export async function readDocumentFile(doc: DocumentLike): Promise<Uint8Array> {
  const file = await settle<FileLike>((cb) =>
    doc.getFileAsync("compressed", { sliceSize: SLICE }, cb)
  );
  try {
    const parts: ArrayLike<number>[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      // Slices come one at a time by design of the API.
      parts.push(
        (await settle<{ data: ArrayLike<number> }>((cb) => file.getSliceAsync(i, cb))).data
      );
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    file.closeAsync(() => undefined);
  }
}

/** The real Office document, read lazily so importing this module never touches Office. */
export function officeDocumentFile(): DocumentFile {
  return () => {
    const doc = (globalThis as unknown as { Office?: { context?: { document?: DocumentLike } } })
      .Office?.context?.document;
    if (!doc?.getFileAsync)
      return Promise.reject(new Error("no Office.context.document.getFileAsync"));
    return readDocumentFile(doc);
  };
}
