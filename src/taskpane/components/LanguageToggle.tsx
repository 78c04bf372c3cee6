// The zh ⇄ en switch in the pane's header.
import { Button } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import { strings, type ChangeLang } from "../i18n";

export interface LanguageToggleProps {
  lang: Lang;
  onChange: ChangeLang;
}

export function LanguageToggle({ lang, onChange }: LanguageToggleProps) {
  const t = strings[lang];
  const other: Lang = lang === "zh" ? "en" : "zh";
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={<LocalLanguageRegular />}
      aria-label={t.languageToggleLabel}
      lang={other === "zh" ? "zh-CN" : "en"}
      onClick={() => onChange(other)}
    >
      {t.languageToggle}
    </Button>
  );
}
