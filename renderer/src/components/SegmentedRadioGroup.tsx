import { rovingKeyDown } from './roving-focus';

/**
 * Buttons that act as one radio group (WAI-ARIA Authoring Practices' radio group): one tab stop, the arrows,
 * Home and End move the choice.
 */
export function SegmentedRadioGroup<Id extends string>({
  label,
  options,
  value,
  onChange,
  testIdPrefix,
}: {
  label: string;
  options: readonly { id: Id; label: string }[];
  value: Id;
  onChange(id: NoInfer<Id>): void;
  /** Each button's data-testid is this prefix and its id. */
  testIdPrefix?: string;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((o, index) => (
        <button
          key={o.id}
          type="button"
          role="radio"
          aria-checked={value === o.id}
          tabIndex={value === o.id ? 0 : -1}
          data-testid={testIdPrefix === undefined ? undefined : `${testIdPrefix}${o.id}`}
          onClick={() => onChange(o.id)}
          onKeyDown={(e) => rovingKeyDown(e, index, options.length, (i) => onChange(options[i]!.id))}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
