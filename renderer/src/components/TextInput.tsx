import type { InputHTMLAttributes } from 'react';

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onValue(value: string): void;
  testId?: string;
};

/** A controlled text input that hands its new text, not the event, to its owner. */
export function TextInput({ value, onValue, testId, ...rest }: TextInputProps) {
  return <input {...rest} data-testid={testId} value={value} onChange={(e) => onValue(e.target.value)} />;
}
