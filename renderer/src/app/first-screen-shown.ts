/**
 * When the first screen has been drawn. Work that start-up does not need (keeping the launch secret for reloads,
 * opening the event stream) waits for it: before it, every millisecond of the page's main thread delays the first
 * screen (issue 18). `requestIdleCallback` alone did not: the page is idle, briefly, before the first render too.
 */
let markShown!: () => void;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/** Runs `work` once the first screen is drawn (at once, in a later task, if it already is). */
export function afterFirstScreen(work: () => void): void {
  void shown.then(work);
}

/** Called by the window from an effect of its first render: after the commit, as a rule after the paint. */
export function firstScreenShown(): void {
  markShown();
}
