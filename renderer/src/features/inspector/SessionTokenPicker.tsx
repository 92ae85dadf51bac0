import type { SessionToken } from './session-tokens';
import { useSessionTokens } from './use-session-tokens';

interface Props {
  label: string;
  testId: string;
  onPick(token: SessionToken): void;
}

/** Any token this session received, picked instead of copied and pasted. Hidden until there is one. */
export function SessionTokenPicker({ label, testId, onPick }: Props) {
  const tokens = useSessionTokens();
  if (tokens.length === 0) return null;
  return (
    <label className="field">
      <span>{label}</span>
      <select
        data-testid={testId}
        value=""
        onChange={(e) => {
          const picked = tokens[Number(e.target.value)];
          if (picked) onPick(picked);
        }}
      >
        <option value="">Pick one…</option>
        {tokens.map((t, i) => (
          <option key={`${i}:${t.label}`} value={i}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}
