import { useEffect, useMemo, useState } from 'react';
import { loadMonaco, type MonacoApi } from '../../components/monaco/load-monaco';
import { ReadOnlyJsonEditor } from '../../components/monaco/ReadOnlyJsonEditor';
import { claimAtLine, claimHover, claimLines, formatClaims, timeNote, type TokenPart } from './claim-lines';

interface Props {
  part: TokenPart;
  label: string;
  value: Record<string, unknown>;
  nowSeconds: number;
}

/** Lazily: the first JWT shown pays for Monaco, the first screen never does. */
function useMonaco(): { monaco?: MonacoApi; error?: string } {
  const [state, setState] = useState<{ monaco?: MonacoApi; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadMonaco().then(
      (monaco) => live && setState({ monaco }),
      (error: unknown) =>
        live && setState({ error: `The JSON editor did not load (${(error as Error).message}); showing plain text.` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** A token part as formatted JSON: each claim explained on hover, times as dates and relative, ticking. */
export function ClaimsView({ part, label, value, nowSeconds }: Props) {
  const { monaco, error } = useMonaco();
  const text = useMemo(() => formatClaims(value), [value]);
  // Relative times change at most once a second; so do the notes.
  const second = Math.floor(nowSeconds);
  const notes = useMemo(
    () =>
      claimLines(value).flatMap(({ claim, lineNumber }) => {
        const note = timeNote(part, claim, value[claim], second);
        return note ? [{ lineNumber, text: `← ${note}` }] : [];
      }),
    [part, value, second],
  );
  const hover = (line: string) => {
    const claim = claimAtLine(line);
    return claim === undefined
      ? undefined
      : `**${claim}** — ${claimHover(part, claim, value[claim], Date.now() / 1000)}`;
  };
  return (
    <section
      className="json-block claims-view"
      aria-label={label}
      data-testid={`claims-${part}`}
      data-editor={monaco ? 'monaco' : 'plain'}
    >
      <h3>{label}</h3>
      {monaco ? (
        <ReadOnlyJsonEditor
          monaco={monaco}
          text={text}
          ariaLabel={`${label} (read-only JSON)`}
          hover={hover}
          notes={notes}
          testId={`monaco-${part}`}
        />
      ) : (
        <pre>{text}</pre>
      )}
      {error && (
        <p className="hint" role="status">
          {error}
        </p>
      )}
    </section>
  );
}
