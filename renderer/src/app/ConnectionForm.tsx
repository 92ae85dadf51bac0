import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { Spinner } from '../components/Spinner';

/** What the add and the edit forms of a connection share: the form, its Save and Cancel, its wait and its error. */
export function ConnectionForm({
  label,
  testId,
  submitLabel,
  submitTestId,
  errorTestId,
  busy,
  busyLabel,
  error,
  onSubmit,
  onDone,
  onKeyDown,
  children,
}: {
  label: string;
  testId: string;
  submitLabel: string;
  submitTestId: string;
  errorTestId: string;
  busy: boolean;
  /** Shown with a spinner while busy; no spinner without it. */
  busyLabel?: string;
  error: string | undefined;
  onSubmit(): void;
  onDone(): void;
  onKeyDown?(event: KeyboardEvent): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="add-connection" onSubmit={submit} aria-label={label} data-testid={testId} onKeyDown={onKeyDown}>
      {children}
      <div className="actions">
        <button type="submit" className="primary" data-testid={submitTestId} disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {busy && busyLabel && <Spinner label={busyLabel} />}
      {error && (
        <p className="error-card" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      )}
    </form>
  );
}
