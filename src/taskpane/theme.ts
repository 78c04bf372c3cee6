// Picks the Fluent theme that matches Office's: dark when the Office body background is dark.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0–1, sRGB weights) of `#RRGGBB` / `#RGB`; null when not a hex colour. */
export function luminance(color: string | null | undefined): number | null {
  const m = color?.trim().match(/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `officeTheme.bodyBackgroundColor` → webDarkTheme below 0.5 luminance, webLightTheme otherwise or when unknown. */
export function themeFor(bodyBackgroundColor: string | null | undefined): Theme {
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
}
