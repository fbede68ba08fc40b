interface OverlayErrorProps {
  /** Each failure's sentence; empty ones are skipped. */
  messages: (string | undefined)[];
  testId?: string;
}

/** The one error region of a panel or banner: every failure in words, with what to do. */
export function OverlayError({ messages, testId = 'pmo-error' }: OverlayErrorProps) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) return null;
  return (
    <div class="pmo-error" role="alert" data-testid={testId}>
      {shown.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
