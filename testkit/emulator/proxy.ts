// Proxy semantics of Office.js: loads and writes are queued, run in order at sync(), and only then readable.
import { EmuOfficeError, ErrorCodes, propertyNotLoaded } from "./errors";
import type { WorkbookModel } from "./model";

/** The state one batch runs against: a working copy of the model, committed only if every op succeeds. */
export interface BatchState {
  model: WorkbookModel;
  apiVersion: string;
  options: BatchOptions;
  /** Run after the whole batch succeeded: loaded values become readable. */
  commits: (() => void)[];
  /** Bytes of JSON the batch's loads answer (Excel on the web refuses a response above 5 MB). */
  responseBytes: number;
  /** The host's worksheet onChanged handlers (registered and removed at commit). */
  handlers: Set<ChangeHandler>;
  /** Cells the batch wrote, reported to the handlers after it committed. */
  changed: { sheet: string; address: string }[];
}

/** What WorksheetCollection.onChanged hands a handler (the fields the adapter reads). */
export interface ChangeEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  /** ExcelApi 1.14; absent below, as there. */
  triggerSource?: "Local" | "ThisLocalAddin" | "Unknown";
}
export type ChangeHandler = (event: ChangeEvent) => unknown;

export interface BatchOptions {
  mergedAreas: "ok" | "fail";
  emptyUsedRange: "null" | "A1";
}

const UTF8 = new TextEncoder();

/** A loaded value as the host sends it: a copy, its JSON size counted against the response limit. */
export function answer<V>(st: BatchState, v: V): V {
  if (v === undefined) return v;
  const json = JSON.stringify(v);
  st.responseBytes += UTF8.encode(json).length;
  return JSON.parse(json) as V;
}

export interface Op {
  location: string;
  /** Lowest ExcelApi version the op needs; older hosts reject the batch with ApiNotFound. */
  api?: string;
  run(state: BatchState): void;
}

export interface ContextLike {
  _queue(op: Op): void;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function requireApi(state: BatchState, api: string | undefined, location: string): void {
  if (api && compareVersions(state.apiVersion, api) < 0) {
    throw new EmuOfficeError(
      ErrorCodes.apiNotFound,
      `The API you are trying to use could not be found (needs ExcelApi ${api}).`,
      location
    );
  }
}

type LoadSpec = string | string[] | { select?: string } | Record<string, unknown> | undefined;

/** `"a, b/c"`, `["a","b/c"]`, `{select:"a"}` or `{a:true, b:{c:true}}` → [["a"],["b","c"]]. */
function parseLoadSpec(spec: LoadSpec): string[][] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return splitPaths(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => splitPaths(s));
  if (typeof (spec as { select?: unknown }).select === "string") {
    return splitPaths((spec as { select: string }).select);
  }
  const out: string[][] = [];
  const walk = (obj: Record<string, unknown>, prefix: string[]): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === "object") walk(v as Record<string, unknown>, [...prefix, k]);
      else if (v) out.push([...prefix, k]);
    }
  };
  walk(spec as Record<string, unknown>, []);
  return out;
}

function splitPaths(s: string): string[][] {
  return s
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/").map((x) => x.trim()));
}

/** What a navigation property must offer: loading paths below it. */
export interface Collectable {
  _collect(state: BatchState, paths: string[][]): void;
}

export type Scalars<T> = Record<string, (target: T, state: BatchState) => unknown>;

/** Base of every emulated client object; `T` is what the object resolves to inside a batch. */
export abstract class EmuObject<T> implements Collectable {
  protected readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined;
  abstract readonly _typeName: string;

  constructor(readonly context: ContextLike) {}

  /** Finds the target in the batch's model; null for a null object; throws for a missing item. */
  abstract _resolve(state: BatchState): T | null;

  protected _scalars(): Scalars<T> {
    return {};
  }

  protected _nav(name: string): Collectable | undefined {
    void name;
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded("isNullObject");
    return this._null;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context._queue({
      location: `${this._typeName}.load`,
      run: (st) => this._collect(st, paths),
    });
    return this;
  }

  /** Reads the requested paths at this point of the batch; values become visible at commit. */
  _collect(st: BatchState, paths: string[][]): void {
    const target = this._resolve(st);
    if (target === null) {
      st.commits.push(() => {
        this._null = true;
      });
      return;
    }
    const scalars = this._scalars();
    const wanted = paths.length === 0 ? Object.keys(scalars).map((k) => [k]) : paths;
    const nav = new Map<string, string[][]>();
    for (const [head, ...rest] of wanted) {
      if (rest.length === 0 && head in scalars) {
        const v = answer(st, scalars[head](target, st));
        st.commits.push(() => this._loaded.set(head, v));
      } else {
        const list = nav.get(head) ?? [];
        if (rest.length > 0) list.push(rest);
        nav.set(head, list);
      }
    }
    for (const [head, rests] of nav) {
      this._collectNav(st, head, rests, target);
    }
    st.commits.push(() => {
      this._null = false;
    });
  }

  protected _collectNav(st: BatchState, head: string, rests: string[][], target: T): void {
    void target;
    const child = this._nav(head);
    if (!child) {
      throw new EmuOfficeError(
        ErrorCodes.invalidArgument,
        `Unknown property '${head}' on ${this._typeName}.`,
        `${this._typeName}.load`
      );
    }
    child._collect(st, rests);
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as V;
  }

  /** Queues a write or an action on the resolved target. */
  protected _act(location: string, apply: (target: T, st: BatchState) => void, api?: string): void {
    this.context._queue({
      location: `${this._typeName}.${location}`,
      api,
      run: (st) => {
        const t = this._resolve(st);
        if (t === null) {
          throw new EmuOfficeError(
            ErrorCodes.invalidObjectPath,
            "The object path is invalid (null object).",
            `${this._typeName}.${location}`
          );
        }
        apply(t, st);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computed it. */
export class EmuClientResult<V> {
  private _has = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._has) throw propertyNotLoaded("value");
    return this._value as V;
  }

  _set(v: V): void {
    this._has = true;
    this._value = v;
  }
}
