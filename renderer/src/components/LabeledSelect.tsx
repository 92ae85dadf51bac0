import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string;
  onValue(value: string): void;
  options: readonly SelectOption[];
  testId?: string;
};

/** A controlled select over a list of options, handing the picked value to its owner. */
export function Select({ value, onValue, options, testId, ...rest }: SelectProps) {
  return (
    <select {...rest} data-testid={testId} value={value} onChange={(e) => onValue(e.target.value)}>
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
