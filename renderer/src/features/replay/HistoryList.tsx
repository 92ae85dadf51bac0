import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterHistory } from '../../../../shared/replay/history-filter';
import type { HistorySummary } from '../../../../shared/replay/types';
import { useWorkspaces } from '../../app/stores';
import { formatMs, statusClass } from './format';

/**
 * A windowed list: only the rows in view (plus a margin) are in the DOM. No virtualization library is installed, and
 * with fixed-height rows the window is a division: ~30 lines instead of a dependency. Fixed height is right here,
 * since each row is one line (method, status, URL, time).
 */
export const ROW_HEIGHT = 28;
const VIEW_HEIGHT = 420;
const OVERSCAN = 8;

export function HistoryList({ onOpen, selectedId }: { onOpen(id: string): void; selectedId?: string }) {
  const history = useWorkspaces((s) => s.history);
  const query = useWorkspaces((s) => s.query);
  const setQuery = useWorkspaces((s) => s.setQuery);
  const clearHistory = useWorkspaces((s) => s.clearHistory);
  const rows = useMemo(() => filterHistory(history, query), [history, query]);
  // The first row in view, not the pixel offset: scrolling within a row renders nothing.
  const [topRow, setTopRow] = useState(0);
  const [focused, setFocused] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);

  const first = Math.max(0, topRow - OVERSCAN);
  const last = Math.min(rows.length, topRow + Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + 1 + OVERSCAN);
  const visible = rows.slice(first, last);

  // Arrow keys move through the list (the window follows), Enter opens the row.
  const onKeyDown = (event: KeyboardEvent) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 15, PageUp: -15, Home: -Infinity, End: Infinity }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, focused + move));
      setFocused(next);
      const el = viewport.current;
      if (el) {
        if (next * ROW_HEIGHT < el.scrollTop) el.scrollTop = next * ROW_HEIGHT;
        else if ((next + 1) * ROW_HEIGHT > el.scrollTop + VIEW_HEIGHT)
          el.scrollTop = (next + 1) * ROW_HEIGHT - VIEW_HEIGHT;
      }
    } else if (event.key === 'Enter' && rows[focused]) {
      onOpen(rows[focused]!.id);
    }
  };

  return (
    <section className="replay-history" aria-label="History">
      <h2>
        History{' '}
        <small data-testid="replay-history-count">
          {rows.length === history.length
            ? `${history.length} ${history.length === 1 ? 'call' : 'calls'}`
            : `${rows.length} of ${history.length} calls`}
        </small>{' '}
        {history.length > 0 && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Forget all ${history.length} calls of this workspace?`)) void clearHistory();
            }}
          >
            Clear
          </button>
        )}
      </h2>
      <input
        type="text"
        aria-label="Search history"
        data-testid="replay-history-search"
        placeholder="Search: words, status:4xx, status:403, method:DELETE"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setFocused(0);
          if (viewport.current) viewport.current.scrollTop = 0;
        }}
      />
      <div
        ref={viewport}
        className="replay-history-viewport"
        data-testid="replay-history"
        // A listbox needs options (WAI-ARIA); with none it is a labelled group that says why it is empty.
        role={rows.length > 0 ? 'listbox' : 'group'}
        aria-label="Calls, newest first"
        aria-activedescendant={rows[focused] ? `history-${rows[focused]!.id}` : undefined}
        tabIndex={0}
        style={{ height: VIEW_HEIGHT }}
        onScroll={(e) => setTopRow(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {visible.map((row, i) => (
            <HistoryRow
              key={row.id}
              row={row}
              top={(first + i) * ROW_HEIGHT}
              focused={first + i === focused}
              selected={row.id === selectedId}
              onOpen={onOpen}
            />
          ))}
        </div>
        {rows.length === 0 && (
          <p className="hint replay-empty">
            {history.length ? 'No call matches the search.' : 'No calls yet: send one.'}
          </p>
        )}
      </div>
    </section>
  );
}

/** Memoized: while scrolling, rows that stay in the window are not rendered again. */
const HistoryRow = memo(function HistoryRow({
  row,
  top,
  focused,
  selected,
  onOpen,
}: {
  row: HistorySummary;
  top: number;
  focused: boolean;
  selected: boolean;
  onOpen(id: string): void;
}) {
  return (
    <div
      id={`history-${row.id}`}
      role="option"
      aria-selected={selected}
      className={`replay-history-row${focused ? ' focused' : ''}${selected ? ' selected' : ''}`}
      style={{ top, height: ROW_HEIGHT }}
      data-testid="replay-history-row"
      onClick={() => onOpen(row.id)}
    >
      <span className="replay-history-method">{row.method}</span>
      <span
        className={`replay-history-status ${row.status ? statusClass(row.status) : 'status-bad'}`}
        title={row.cutOff ? `Cut off at the ${row.cutOff === 'max-time' ? 'time' : 'size'} limit` : undefined}
      >
        {row.status ?? 'error'}
        {row.cutOff ? '✂' : ''}
      </span>
      <span className="replay-history-url" title={row.url}>
        {row.url}
      </span>
      <span className="hint">{row.durationMs !== undefined ? formatMs(row.durationMs) : ''}</span>
    </div>
  );
});
