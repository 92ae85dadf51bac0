import { useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useCompare } from '../../app/stores';
import { ClaimDiffTable } from './ClaimDiffTable';
import { SandboxComparePanel } from './SandboxComparePanel';
import { SessionTokenPicker } from '../inspector/SessionTokenPicker';
import { CheckField } from '../../components/form-fields';

/** Two tokens side by side, claim by claim, with what the differences mean in plain words. */
export function CompareView() {
  const { a, b, labels, edit, compare, comparison, callError } = useCompare();
  const [hideSame, setHideSame] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void compare();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void compare();
  };
  // Pasting the second token compares at once, as pasting inspects in the inspector.
  const onPaste = (side: 'a' | 'b') => (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text').trim();
    if (!text) return;
    event.preventDefault();
    edit(side, text);
    void compare();
  };
  return (
    <div className="panel">
      <form className="request-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Compare two tokens">
        <h2>
          Compare two tokens <small>claim by claim, with what the differences mean</small>
        </h2>
        <div className="compare-inputs">
          {(['a', 'b'] as const).map((side) => (
            <div key={side}>
              <label className="field">
                <span>Token {labels[side]}</span>
                <textarea
                  data-testid={`compare-token-${side}`}
                  rows={4}
                  spellCheck={false}
                  placeholder="Paste a token: pasting compares at once when both are set"
                  value={side === 'a' ? a : b}
                  onChange={(e) => edit(side, e.target.value)}
                  onPaste={onPaste(side)}
                />
              </label>
              <SessionTokenPicker
                label={`Or a token of this session as ${labels[side]}`}
                testId={`compare-session-${side}`}
                onPick={(picked) => {
                  edit(side, picked.token);
                  void compare();
                }}
              />
            </div>
          ))}
        </div>
        <div className="actions">
          <button type="submit" data-testid="compare-run" disabled={!a.trim() || !b.trim()}>
            Compare
          </button>
          <span className="hint">Ctrl+Enter</span>
        </div>
      </form>

      <SandboxComparePanel />

      {callError && (
        <div className="error-card" role="alert" data-testid="compare-error">
          <strong>Tokenscope could not compare the tokens.</strong>
          <p>{callError}</p>
        </div>
      )}

      {comparison && (
        <div className="result" data-testid="compare-result">
          <ul className="compare-summary" data-testid="compare-summary" aria-label="What differs, in plain words">
            {comparison.summary.map((sentence) => (
              <li key={sentence}>{sentence}.</li>
            ))}
          </ul>
          <CheckField testId="compare-hide-same" checked={hideSame} onChange={setHideSame}>
            Show only the claims that differ
          </CheckField>
          <ClaimDiffTable claims={comparison.claims} labels={labels} hideSame={hideSame} />
        </div>
      )}
    </div>
  );
}
