/** Work that takes a while (reading a sheet, applying an import), announced politely to screen readers. */
export function ProgressNote({ text, testId }: { text: string; testId: string }) {
  return (
    <div class="import-progress" role="status" data-testid={testId}>
      <progress class="import-progress__bar" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
