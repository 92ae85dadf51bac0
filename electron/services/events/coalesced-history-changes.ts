import type { EventHub } from './event-hub.js';

/**
 * `history-changed` once per turn of the event loop per workspace, with the count as it stands then: 100 calls
 * answered in one turn are one event with the last count, not 100 events (each a `webContents.send` or an SSE
 * write) that a renderer would apply one after the other to show the same number.
 */
export function coalescedHistoryChanges(
  events: Pick<EventHub, 'publish'> | undefined,
  schedule: (run: () => void) => void = setImmediate,
): (workspaceId: string, historyCount: number) => void {
  const counts = new Map<string, number>();
  const publish = () => {
    for (const [workspaceId, historyCount] of counts)
      events?.publish({ type: 'history-changed', workspaceId, historyCount });
    counts.clear();
  };
  return (workspaceId, historyCount) => {
    if (!events) return;
    if (counts.size === 0) schedule(publish);
    counts.set(workspaceId, historyCount);
  };
}
