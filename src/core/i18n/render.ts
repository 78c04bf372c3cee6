// Renders a rule's message template in both languages: `{name}` placeholders filled from the hit's data.
import type { Lang, LocalizedText } from "../types";

export function render(
  template: LocalizedText,
  data: Record<string, string | LocalizedText> = {}
): LocalizedText {
  const fill = (lang: Lang) =>
    template[lang].replace(/\{(\w+)\}/g, (m, key: string) => {
      const v = data[key];
      if (v === undefined) return m;
      return typeof v === "string" ? v : v[lang];
    });
  return { zh: fill("zh"), en: fill("en") };
}

/** Placeholders of a template, for the zh/en parity test. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
