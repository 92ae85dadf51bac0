interface JsonBlockProps {
  value: unknown;
  label: string;
  testId?: string;
}

/** Read-only formatted JSON. Plain <pre> on purpose: Monaco (~5 MB) loads only where editing or hovering needs it. */
export function JsonBlock({ value, label, testId }: JsonBlockProps) {
  return (
    <section className="json-block" aria-label={label}>
      <h3>{label}</h3>
      <pre data-testid={testId}>{JSON.stringify(value, null, 2)}</pre>
    </section>
  );
}
