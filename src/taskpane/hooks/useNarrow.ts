// True while the pane is narrower than `px` CSS pixels (a 400 px pane at 150% zoom is 267 CSS px).
import { useEffect, useState } from "react";

/** Below this width the indicator table becomes stacked rows (the "about 400 px"). */
export const NARROW_PX = 400;

function query(px: number): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(`(max-width: ${px - 0.02}px)`)
    : null;
}

export function useNarrow(px = NARROW_PX): boolean {
  const [narrow, setNarrow] = useState(() => query(px)?.matches ?? false);
  useEffect(() => {
    const mq = query(px);
    if (!mq) return undefined;
    const update = () => setNarrow(mq.matches);
    update();
    mq.addEventListener("change", update);
    return () => mq.removeEventListener("change", update);
  }, [px]);
  return narrow;
}
