// The ribbon's callbacks as WPS calls them (OnAddinLoad / OnAction / GetImage, named in ribbon.xml):
// 打开助手 creates the task pane once and shows it; 一键重算 recomputes the active sheet without the
// pane, says the outcome on the status bar and publishes it where the pane (open now or later) reads it.
import type { WorkbookPort } from "../excel/port";
import { refusalText, statusText } from "../taskpane/status";
import { set } from "./com";
import type { TaskPane, WpsHost } from "./host";
import { lastOutcome } from "./storage";

/** The button ids of ribbon.xml. */
export const BUTTONS = { openPane: "btnOpenPane", recompute: "btnRecompute" } as const;

/** Icons shipped beside the page (copied from assets/ by the build). */
export const ICONS: Record<string, string> = {
  [BUTTONS.openPane]: "assets/icon-32.png",
  [BUTTONS.recompute]: "assets/icon-recompute-32.png",
};

const PANE_ID_KEY = "jxzp.taskpane.id";
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

export interface PaneFactory {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: string): TaskPane | null;
}

export interface RibbonEnv {
  host: WpsHost;
  panes: PaneFactory;
  /** The add-in folder's URL (ends with `/`): the pane page is `taskpane.html` in it. */
  baseUrl: string;
  port: WorkbookPort;
}

export interface RibbonControl {
  Id: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): void;
  GetImage(control: RibbonControl): string;
}

export function ribbonCallbacks(env: RibbonEnv): RibbonCallbacks {
  const openPane = () => {
    const id = env.host.storage.getItem(PANE_ID_KEY);
    let pane = id ? env.panes.GetTaskPane(id) : null;
    if (!pane) {
      pane = env.panes.CreateTaskPane(`${env.baseUrl}taskpane.html`, "绩效自评助手");
      env.host.storage.setItem(PANE_ID_KEY, pane.ID);
      pane.DockPosition = DOCK_RIGHT;
    }
    pane.Visible = true;
  };
  const recompute = async () => {
    try {
      await env.port.recompute("sheet");
    } catch {
      // Published by the port as an error outcome; worded below.
    }
    const o = lastOutcome(env.host.storage);
    const text = o?.kind === "result" ? statusText(o.result) : o ? refusalText(o.refusal) : null;
    // The status bar is the one place WPS shows a line without a dialog; the pane shows the rest.
    if (text) set(env.host.app, "StatusBar", `绩效自评：${text.zh}`);
  };
  return {
    OnAddinLoad: () => true,
    OnAction: (control) => {
      if (control.Id === BUTTONS.openPane) openPane();
      else if (control.Id === BUTTONS.recompute) void recompute();
    },
    GetImage: (control) => ICONS[control.Id] ?? ICONS[BUTTONS.openPane],
  };
}
