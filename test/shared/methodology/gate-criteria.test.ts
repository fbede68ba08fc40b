import { describe, expect, it } from 'vitest';
import { answerMustMeet, listUnmetMustMeet } from '../../../shared/methodology';
import type { Gate } from '../../../shared/schemas/methodology';

const gate: Gate = {
  name: 'Gate 1',
  mustMeet: [
    { id: 'case', text: 'Business case approved' },
    { id: 'sponsor', text: 'Sponsor named' },
    { id: 'fit', text: 'Strategic fit confirmed' },
  ],
  shouldMeet: [],
  passScore: 3,
};

describe('answerMustMeet and listUnmetMustMeet', () => {
  it('answers every criterion in template order with its wording; an unanswered one is not met', () => {
    const answers = answerMustMeet(gate, [
      { criterionId: 'fit', met: true },
      { criterionId: 'case', met: true, evidence: 'Board minutes, 12 Nov' },
    ]);
    expect(answers).toEqual([
      { criterionId: 'case', text: 'Business case approved', met: true, evidence: 'Board minutes, 12 Nov' },
      { criterionId: 'sponsor', text: 'Sponsor named', met: false },
      { criterionId: 'fit', text: 'Strategic fit confirmed', met: true },
    ]);
    expect(listUnmetMustMeet(answers).map((answer) => answer.text)).toEqual(['Sponsor named']);
  });

  it('finds nothing unmet once every criterion is met, and nothing to answer without a gate', () => {
    const all = gate.mustMeet.map((criterion) => ({ criterionId: criterion.id, met: true }));
    expect(listUnmetMustMeet(answerMustMeet(gate, all))).toEqual([]);
    expect(answerMustMeet(undefined, all)).toEqual([]);
  });
});
