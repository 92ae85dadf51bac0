import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

// The labelled controls every form uses, in one module: the first screen's form and the lazily loaded ones share
// them, and one module keeps them in the entry chunk rather than a chunk of their own.

/** A control's own attributes, but its owner gets the new text (`onValue`), not the change event. */
export type Controlled<Attributes> = Omit<Attributes, 'value' | 'onChange'> & {
  value: string;
  onValue(value: string): void;
  testId?: string;
};

/** The attributes a controlled input, text area or select is rendered with. */
export function controlled<Attributes>({ value, onValue, testId, ...rest }: Controlled<Attributes>) {
  return {
    ...rest,
    'data-testid': testId,
    value,
    onChange: (e: { target: { value: string } }) => onValue(e.target.value),
  };
}

export type TextInputProps = Controlled<InputHTMLAttributes<HTMLInputElement>>;
export const TextInput = (props: TextInputProps) => <input {...controlled(props)} />;

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

/**
 * A checkbox and its label text after it; the label wraps both, so the text names the box. `label` and `hint` give
 * the text in a span (one flex item); `children` give it as it is.
 */
export function CheckField({
  testId,
  checked,
  onChange,
  title,
  label,
  hint,
  children,
}: {
  testId?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  title?: string;
  label?: ReactNode;
  hint?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <label className="check" title={title}>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label !== undefined && (
        <span>
          <LabelText label={label} hint={hint} />
        </span>
      )}
      {children}
    </label>
  );
}

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export type SelectProps = Controlled<SelectHTMLAttributes<HTMLSelectElement>> & { options: readonly SelectOption[] };

/** A controlled select over a list of options, handing the picked value to its owner. */
export function Select({ options, ...select }: SelectProps) {
  return (
    <select {...controlled(select)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A select with its label text above it. */
export function LabeledSelect({ label, hint, className, ...select }: FieldProps & SelectProps) {
  return (
    <Field label={label} hint={hint} className={className}>
      <Select {...select} />
    </Field>
  );
}

/** The apps of a connection as options, named as the Logto Console shows them: name, then App ID. */
export function clientOptions(clients: readonly { clientId: string; name: string }[]): SelectOption[] {
  return clients.map((c) => ({ value: c.clientId, label: `${c.name} (${c.clientId})` }));
}
