import type { ReplayResponse } from '../../../../shared/replay/types';

/**
 * Each `WWW-Authenticate` challenge in words (RFC 6750 §3.1, RFC 9449 §7.1 and §9), with what to change, and the
 * API's metadata URL when the challenge names one (RFC 9728 §5.1).
 */
export function ChallengeExplanations({
  response,
  onFollow,
}: {
  response: ReplayResponse;
  /** Starts the Start-from-an-API chain at the URL that answered with this challenge. */
  onFollow?: () => void;
}) {
  const fromBody = response.bodyExplanation;
  if (fromBody && response.explanations.length === 0) {
    return (
      <div className="error-card" data-testid="replay-explanation" data-code={fromBody.code}>
        <strong>{fromBody.title}</strong>
        {fromBody.errorDescription && <p className="hint">The server says: “{fromBody.errorDescription}”</p>}
        <p>{fromBody.explanation}</p>
        <p>
          <strong>Fix:</strong> {fromBody.fix}
        </p>
      </div>
    );
  }
  if (response.explanations.length === 0 && response.challengeProblems.length === 0) {
    if (response.status !== 401 && response.status !== 403) return null;
    return (
      <div className="error-card" data-testid="replay-explanation">
        <strong>{response.status} without a WWW-Authenticate challenge</strong>
        <p>
          RFC 6750 §3 asks a resource server to say why with a Bearer challenge; this one did not. Read the body, and
          inspect the token.
        </p>
      </div>
    );
  }
  return (
    <div className="replay-explanations" data-testid="replay-explanation">
      {response.explanations.map((e, index) => (
        <div key={index} className="error-card" data-testid="replay-challenge" data-error={e.error ?? ''}>
          <strong>{e.title}</strong>
          {e.errorDescription && <p className="hint">The server says: “{e.errorDescription}”</p>}
          <p>{e.explanation}</p>
          {e.requiredScopes && (
            <p>
              Required:{' '}
              {e.requiredScopes.map((s) => (
                <code key={s}>{s}</code>
              ))}
              {e.missingScopes && e.missingScopes.length > 0 && (
                <>
                  {' '}
                  · missing from the token:{' '}
                  {e.missingScopes.map((s) => (
                    <code key={s} data-testid="replay-missing-scope">
                      {s}
                    </code>
                  ))}
                </>
              )}
            </p>
          )}
          {e.dpopNonce && (
            <p>
              Nonce to put in the next proof (<code>DPoP-Nonce</code>, RFC 9449 §9):{' '}
              <code data-testid="replay-dpop-nonce">{e.dpopNonce}</code>
            </p>
          )}
          {e.resourceMetadata && (
            <p>
              Protected-resource metadata (RFC 9728 §5.1):{' '}
              <code data-testid="replay-resource-metadata">{e.resourceMetadata}</code>
              {onFollow && (
                <>
                  {' '}
                  <button type="button" data-testid="replay-follow-metadata" onClick={onFollow}>
                    Follow it
                  </button>
                </>
              )}
            </p>
          )}
          {e.resourceMetadataProblem && <p className="hint">{e.resourceMetadataProblem}</p>}
          <p>
            <strong>Fix:</strong> {e.fix}
          </p>
        </div>
      ))}
      {response.challengeProblems.length > 0 && (
        <div className="notice notice-warn" data-testid="replay-challenge-problems">
          <span>The WWW-Authenticate header is malformed: {response.challengeProblems.join(' ')}</span>
        </div>
      )}
    </div>
  );
}
