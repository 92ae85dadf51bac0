import { isDeviceConfirmation, type TimelineEntry } from '../../../../shared/flows/timeline';

const LANES = ['Tokenscope', 'Browser', 'Authorization server', 'API'] as const;
type Lane = 0 | 1 | 2 | 3;

interface Arrow {
  from: Lane;
  to: Lane;
  label: string;
  failed?: boolean;
  pending?: boolean;
}

function path(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Each HTTP exchange as the arrows of a sequence diagram, the way the RFCs draw flows. Requests of the steps in
 * `apiSteps` go to the API's lane (Start from an API: the API and its metadata), the rest to the server's.
 */
export function arrowsFor(entries: TimelineEntry[], apiSteps?: ReadonlySet<string>): Arrow[] {
  return entries.flatMap((entry): Arrow[] => {
    const failed = Boolean(entry.error) || (entry.status ?? 0) >= 400;
    if (isDeviceConfirmation(entry)) {
      // RFC 8628 §3.3: no redirect comes back; Tokenscope learns the outcome from its polling.
      return [
        { from: 0, to: 1, label: 'show the user code' },
        { from: 1, to: 2, label: `GET ${path(entry.url)} · enter the code, sign in` },
      ];
    }
    if (entry.via === 'browser') {
      return [
        { from: 0, to: 1, label: 'open the sign-in page' },
        { from: 1, to: 2, label: `GET ${path(entry.url)} · sign in, consent` },
        { from: 2, to: 1, label: '302 to the redirect URI' },
        { from: 1, to: 0, label: 'redirect with code, state, iss' },
      ];
    }
    const to: Lane = apiSteps?.has(entry.step) ? 3 : 2;
    return [
      { from: 0, to, label: `${entry.step}: ${entry.method} ${path(entry.url)}` },
      { from: to, to: 0, label: entry.status ? `${entry.status}` : (entry.error ?? 'no response'), failed },
    ];
  });
}

const COLUMN = 170;
const ROW = 26;

export function SequenceDiagram({
  entries,
  waiting,
  apiSteps,
}: {
  entries: TimelineEntry[];
  waiting?: boolean;
  apiSteps?: ReadonlySet<string>;
}) {
  const arrows = arrowsFor(entries, apiSteps);
  if (waiting) arrows.push({ from: 1, to: 2, label: 'waiting for the user to sign in…', pending: true });
  const height = 34 + arrows.length * ROW + 10;
  const x = (lane: Lane) => COLUMN / 2 + lane * COLUMN;
  return (
    <svg
      role="img"
      aria-label="Sequence diagram of the flow"
      data-testid="sequence-diagram"
      width={COLUMN * LANES.length}
      height={height}
      style={{ maxWidth: '100%', font: '12px system-ui' }}
    >
      {LANES.map((name, lane) => (
        <g key={name}>
          <text x={x(lane as Lane)} y={14} textAnchor="middle" fontWeight={600} fill="currentColor">
            {name}
          </text>
          <line
            x1={x(lane as Lane)}
            x2={x(lane as Lane)}
            y1={22}
            y2={height}
            stroke="currentColor"
            strokeOpacity={0.25}
            strokeDasharray="3 3"
          />
        </g>
      ))}
      {arrows.map((arrow, i) => {
        const y = 40 + i * ROW;
        const color = arrow.failed ? '#c62828' : arrow.pending ? '#888' : 'currentColor';
        const dir = arrow.to > arrow.from ? -1 : 1;
        return (
          <g key={i} data-testid="sequence-arrow">
            <line
              x1={x(arrow.from)}
              x2={x(arrow.to)}
              y1={y}
              y2={y}
              stroke={color}
              strokeDasharray={arrow.pending ? '4 3' : undefined}
            />
            <polyline
              points={`${x(arrow.to) + dir * 6},${y - 4} ${x(arrow.to)},${y} ${x(arrow.to) + dir * 6},${y + 4}`}
              fill="none"
              stroke={color}
            />
            <text x={(x(arrow.from) + x(arrow.to)) / 2} y={y - 4} textAnchor="middle" fill={color}>
              {arrow.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
