import { describeRag, type Rag } from '../describe-health-terms';

interface RagChipProps {
  rag: Rag | null | undefined;
  /** Why this light, on hover and for screen readers. */
  reason?: string;
  testId?: string;
}

/** A red / amber / green light named in words, so colour is never the only signal. */
export function RagChip({ rag, reason, testId }: RagChipProps) {
  return (
    <span class={`rag-chip chip--${rag ?? 'none'}`} data-testid={testId} data-rag={rag ?? 'none'} title={reason}>
      {describeRag(rag ?? null)}
    </span>
  );
}
