import { describe, expect, it } from 'vitest';
import { isClosingWithoutReason, RiskFieldsSchema } from '../../../shared';

describe('closing a risk', () => {
  it('needs a reason when a risk moves to closed, not when it stays or was already closed', () => {
    expect(isClosingWithoutReason({ status: 'open' }, { status: 'closed' })).toBe(true);
    expect(isClosingWithoutReason({ status: 'mitigating' }, { status: 'closed', closingReason: '   ' })).toBe(true);
    expect(isClosingWithoutReason(undefined, { status: 'closed' })).toBe(true);
    expect(isClosingWithoutReason({ status: 'open' }, { status: 'closed', closingReason: 'Supplier delivered' })).toBe(
      false,
    );
    expect(isClosingWithoutReason({ status: 'closed' }, { status: 'closed' })).toBe(false);
    expect(isClosingWithoutReason({ status: 'open' }, { status: 'mitigating' })).toBe(false);
  });

  it('keeps the reason as free text without deceptive characters', () => {
    const parsed = RiskFieldsSchema.shape.closingReason.parse('Passed\u202E without\nimpact');
    expect(parsed).toBe('Passed without\nimpact');
  });
});
