// The offline page's entry: the app in the browser's language and colour scheme.
import { createRoot } from "react-dom/client";
import { langFromDisplayLanguage } from "../taskpane/i18n";
import { WebApp, type ThemeMode } from "./page/WebApp";

const DARK = "(prefers-color-scheme: dark)";

function scheme(): ThemeMode {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK).matches
    ? "dark"
    : "light";
}

function watchScheme(onChange: (mode: ThemeMode) => void): () => void {
  if (typeof window.matchMedia !== "function") return () => undefined;
  const mq = window.matchMedia(DARK);
  const update = () => onChange(mq.matches ? "dark" : "light");
  mq.addEventListener("change", update);
  return () => mq.removeEventListener("change", update);
}

const container = document.getElementById("app");
if (container) {
  container.textContent = "";
  createRoot(container).render(
    <WebApp
      initialLang={langFromDisplayLanguage(navigator.language)}
      initialTheme={scheme()}
      watchScheme={watchScheme}
    />
  );
}
