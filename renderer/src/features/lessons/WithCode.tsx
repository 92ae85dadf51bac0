/** Lesson text with its `backticked` words shown as code (lesson data is plain strings, written like Markdown). */
export function WithCode({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
