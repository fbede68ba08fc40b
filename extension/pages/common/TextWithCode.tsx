/**
 * Shows a message with its `backticked` parts as code (commands, file names), built as elements
 * from plain text: nothing is ever parsed as HTML.
 */
export function TextWithCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An unmatched backtick is just a character.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={part}>{part}</code> : part))}</>;
}
