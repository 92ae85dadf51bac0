import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface ChipInputProps {
  label: ReactNode;
  values: string[];
  onChange(values: string[]): void;
  /** Offered while typing (a <datalist>: native, keyboard-accessible, no library needed). */
  suggestions: { value: string; hint?: string }[];
  placeholder?: string;
  testId: string;
  /** Marks a chip, e.g. a resource indicator that fails RFC 8707. */
  chipState?(value: string): 'error' | 'warning' | undefined;
}

/** Values as chips: Enter or comma adds, Backspace on an empty field removes the last, × removes one. */
export function ChipInput({ label, values, onChange, suggestions, placeholder, testId, chipState }: ChipInputProps) {
  const [text, setText] = useState('');
  const listId = useId();
  const add = (raw: string) => {
    const value = raw.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && text.trim()) {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && !text && values.length) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <div className="chips" data-testid={testId}>
        {values.map((value) => (
          <span key={value} className={`chip ${chipState?.(value) ?? ''}`} data-testid={`${testId}-chip`}>
            {value}
            <button
              type="button"
              aria-label={`Remove ${value}`}
              onClick={() => onChange(values.filter((v) => v !== value))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          type="text"
          list={listId}
          value={text}
          placeholder={values.length ? '' : placeholder}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add(text)}
          data-testid={`${testId}-input`}
          aria-label={typeof label === 'string' ? label : undefined}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !values.includes(s.value))
            .map((s) => (
              <option key={s.value} value={s.value}>
                {s.hint}
              </option>
            ))}
        </datalist>
      </div>
    </div>
  );
}
