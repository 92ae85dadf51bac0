import type { ReactNode } from 'react';
import { LabelText } from './Field';

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
