// The drop zone and the file picker: one or many workbooks, any of the readable kinds.
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import type { Lang } from "../../core";
import { pageStrings } from "../logic/strings";

export interface DropZoneProps {
  lang: Lang;
  busy: boolean;
  onFiles: (files: File[]) => void;
}

export const ACCEPT = ".xlsx,.xlsm,.xls,.et,.ods,.xlsb";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: "none" },
});

export function DropZone({ lang, busy, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const p = pageStrings[lang];
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    // The page also listens for drops anywhere; this one is handled here.
    e.stopPropagation();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className={styles.text}>
        <Body1>
          <strong>{p.dropHere}</strong>
        </Body1>
        <Caption1 className={styles.hint}>{p.dropHint}</Caption1>
      </div>
      <Button
        appearance="primary"
        icon={<FolderOpenRegular />}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {p.pick}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so picking the same file again reads it again.
          e.currentTarget.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
