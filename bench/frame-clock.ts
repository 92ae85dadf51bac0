// The frame clock of the browser benchmarks (replay-history's scroll, world-graph's pan): the idle frame interval,
// then one step a frame for N frames, and which frames came late. Installed into the page as text, not a function:
// page.evaluate serialises functions, and tsx would wrap their inner names in a helper the page does not have.
import type { Page } from 'playwright-core';

export interface FrameRun {
  /** The idle frame interval on this display (median of 25 frames), ms. */
  interval: number;
  /** Frames over 1.5x that interval. */
  dropped: number;
  frames: number;
  worst: number;
}

/** What `installFrameClock` puts on `window`, for the benches' page.evaluate callbacks. */
export interface FrameClock {
  /** Measures the idle interval, then calls `step(i)` on frames 1..`frames`, and times every frame. */
  run(frames: number, step: (i: number) => void): Promise<FrameRun>;
}

const SOURCE = `window.__benchFrameClock = {
  async run(frames, step) {
    const idle = [];
    await new Promise((resolve) => {
      let last = performance.now();
      const tick = (now) => {
        idle.push(now - last);
        last = now;
        if (idle.length < 30) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const interval = idle.slice(5).sort((a, b) => a - b)[Math.floor((idle.length - 5) / 2)];
    const intervals = [];
    await new Promise((resolve) => {
      let last = performance.now();
      let i = 0;
      const tick = (now) => {
        intervals.push(now - last);
        last = now;
        i += 1;
        step(i);
        if (i < frames) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const late = intervals.slice(1);
    return {
      interval,
      dropped: late.filter((d) => d > interval * 1.5).length,
      frames: intervals.length,
      worst: Math.max(...late),
    };
  },
};`;

export async function installFrameClock(page: Page): Promise<void> {
  await page.evaluate(SOURCE);
}
