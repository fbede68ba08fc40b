import { TextWithCode } from './TextWithCode';

interface FormErrorProps {
  /** `data-testid` and id of the message. */
  id: string;
  message?: string;
}

/** A failure that belongs to a whole form (server unreachable, server error), shown under its button. */
export function FormError({ id, message }: FormErrorProps) {
  if (!message) return null;
  return (
    <p id={id} data-testid={id} class="form-error" role="alert">
      <TextWithCode text={message} />
    </p>
  );
}
