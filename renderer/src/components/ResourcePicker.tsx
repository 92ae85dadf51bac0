import { useState } from 'react';
import type { ApiResourceSummary } from '../../../shared/contract/connection';
import { checkResourceIndicator } from '../../../shared/request/resource-indicator';

const TYPED = '(typed)';

interface ResourcePickerProps {
  label: string;
  testId: string;
  /** The indicator picked; '' for none. */
  value: string;
  onChange(value: string): void;
  resources: readonly ApiResourceSummary[];
  noneLabel: string;
}

/**
 * One API resource (RFC 8707): none, one the connection offers, or one typed, checked as an absolute URI without a
 * fragment (RFC 8707 §2). A typed value that fails the check is not handed on: the request keeps no resource.
 */
export function ResourcePicker({ label, testId, value, onChange, resources, noneLabel }: ResourcePickerProps) {
  const offered = resources.some((r) => r.indicator === value);
  const [typing, setTyping] = useState(Boolean(value) && !offered);
  const [typed, setTyped] = useState(offered ? '' : value);
  const errors = typed ? checkResourceIndicator(typed).filter((f) => f.level === 'error') : [];
  const type = (text: string) => {
    setTyped(text);
    onChange(text && checkResourceIndicator(text).every((f) => f.level !== 'error') ? text : '');
  };
  return (
    <div className="field">
      <label className="field">
        <span>
          {label} <small className="hint">RFC 8707</small>
        </span>
        <select
          data-testid={testId}
          value={typing ? TYPED : value}
          onChange={(e) => {
            const next = e.target.value;
            setTyping(next === TYPED);
            if (next === TYPED) type(typed);
            else onChange(next);
          }}
        >
          <option value="">{noneLabel}</option>
          {resources.map((r) => (
            <option key={r.indicator} value={r.indicator}>
              {r.name === r.indicator ? r.indicator : `${r.name} — ${r.indicator}`}
            </option>
          ))}
          <option value={TYPED}>Another resource (type it)…</option>
        </select>
      </label>
      {typing && (
        <>
          <input
            type="text"
            aria-label={`${label}: resource indicator`}
            data-testid={`${testId}-typed`}
            value={typed}
            placeholder="https://api.example.com"
            onChange={(e) => type(e.target.value)}
          />
          <p className="hint" aria-live="polite" data-testid={`${testId}-finding`}>
            {errors.map((f) => `✗ ${f.message} (${f.spec ?? 'RFC 8707 §2'})`).join(' ')}
          </p>
        </>
      )}
    </div>
  );
}
