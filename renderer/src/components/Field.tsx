import type { ReactNode } from 'react';
import { TextInput, type TextInputProps } from './TextInput';

/** A field's label text: its name, then what it means in small print. */
export function LabelText({ label, hint, hintId }: { label: ReactNode; hint?: ReactNode; hintId?: string }) {
  return (
    <>
      {label}
      {hint && (
        <>
          {' '}
          <small className="hint" id={hintId}>
            {hint}
          </small>
        </>
      )}
    </>
  );
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The hint's id, for a control's aria-describedby. */
  hintId?: string;
  /** Added to `field`, e.g. `narrow`. */
  className?: string;
}

/** A labelled control: the label wraps the control, so its text is the control's accessible name. */
export function Field({ label, hint, hintId, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span>
        <LabelText label={label} hint={hint} hintId={hintId} />
      </span>
      {children}
    </label>
  );
}

/** A labelled one-line text input. */
export function TextField({ label, hint, hintId, className, ...input }: FieldProps & TextInputProps) {
  return (
    <Field label={label} hint={hint} hintId={hintId} className={className}>
      <TextInput {...input} />
    </Field>
  );
}
