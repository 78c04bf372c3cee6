// The check settings: template (profile), grade thresholds and the finding-code view; saved in the workbook.
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, ProfileId } from "../../core";
import { strings } from "../i18n";
import { card } from "./surfaces";
import { DEFAULT_BANDS, PROFILE_CHOICES, validBands, type PaneSettings } from "../settings";

export interface SettingsPanelProps {
  lang: Lang;
  settings: PaneSettings;
  onChange: (next: PaneSettings) => void;
  onClose: () => void;
  /** A host that keeps settings elsewhere (the web page: for this session) says so in its own words. */
  title?: string;
  note?: string;
}

const useStyles = makeStyles({
  root: card,
  title: { margin: 0, overflowWrap: "anywhere" },
  bands: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  band: { width: "4.5em", minWidth: 0 },
  row: { display: "flex", justifyContent: "flex-end" },
});

const GRADES = ["优", "良", "中"] as const;

export function SettingsPanel(props: SettingsPanelProps) {
  const { lang, settings, onChange, onClose } = props;
  const styles = useStyles();
  const t = strings[lang];
  const title = props.title ?? t.settingsTitle;
  const [bands, setBands] = useState<string[]>((settings.gradeBands ?? DEFAULT_BANDS).map(String));
  const numbers = bands.map((b) => (b.trim() === "" ? NaN : Number(b)));
  const valid = validBands(numbers);
  const setBand = (i: number, value: string) => {
    const next = bands.map((b, j) => (j === i ? value : b));
    setBands(next);
    const n = next.map((b) => (b.trim() === "" ? NaN : Number(b)));
    if (!validBands(n)) return;
    const isDefault = n.every((x, j) => x === DEFAULT_BANDS[j]);
    onChange({ ...settings, gradeBands: isDefault ? null : n });
  };
  return (
    <section className={styles.root} aria-label={title} data-testid="settings">
      <Subtitle2 as="h2" className={styles.title}>
        {title}
      </Subtitle2>
      <Field label={t.profile}>
        <Select
          value={settings.profile ?? ""}
          onChange={(_, data) =>
            onChange({ ...settings, profile: (data.value || null) as ProfileId | null })
          }
        >
          <option value="">{t.profileAuto}</option>
          {PROFILE_CHOICES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.gradeBands}
        hint={valid ? t.gradeBandsHint : undefined}
        validationState={valid ? "none" : "error"}
        validationMessage={valid ? undefined : t.gradeBandsInvalid}
      >
        <div className={styles.bands}>
          {GRADES.map((g, i) => (
            <Input
              key={g}
              className={styles.band}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              aria-label={g}
              contentBefore={<span aria-hidden>{g}</span>}
              value={bands[i]}
              onChange={(_, data) => setBand(i, data.value)}
            />
          ))}
        </div>
      </Field>
      <Switch
        label={t.showCodes}
        checked={settings.showCodes}
        onChange={(_, data) => onChange({ ...settings, showCodes: data.checked })}
      />
      <Caption1>{props.note ?? t.settingsSaved}</Caption1>
      <div className={styles.row}>
        <Button size="small" onClick={onClose}>
          {t.dismiss}
        </Button>
      </div>
    </section>
  );
}
