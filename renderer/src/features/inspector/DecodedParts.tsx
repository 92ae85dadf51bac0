import { ClaimGlossary } from './ClaimGlossary';
import { ClaimsView } from './ClaimsView';
import { TokenTimes } from './TokenTimes';
import { useNowSeconds } from './use-now';

/** Header and payload side by side, each claim explained; the editor's keyboard hover is Ctrl+K Ctrl+I. */
export function DecodedParts({
  header,
  payload,
}: {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
}) {
  const now = useNowSeconds();
  if (!header && !payload) return null;
  return (
    <div className="decoded-parts">
      {payload && <TokenTimes payload={payload} nowSeconds={now} />}
      <div className="decoded-grid">
        {header && (
          <div>
            <ClaimsView part="header" label="Header" value={header} nowSeconds={now} />
            <ClaimGlossary part="header" value={header} nowSeconds={now} />
          </div>
        )}
        {payload && (
          <div>
            <ClaimsView part="payload" label="Payload" value={payload} nowSeconds={now} />
            <ClaimGlossary part="payload" value={payload} nowSeconds={now} />
          </div>
        )}
      </div>
      <p className="hint">
        Hover a claim for what it means; from the keyboard, put the cursor on it and press Ctrl+K Ctrl+I.
      </p>
    </div>
  );
}
