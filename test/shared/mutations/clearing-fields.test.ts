import { describe, expect, it } from 'vitest';
import { crmWorkspace, expectRefusal, ids, pmo, riskArgs } from './workspace-fixture';

describe('clearing a field', () => {
  it('removes an optional field sent as null, the way JSON can say "empty"', () => {
    const workspace = crmWorkspace();
    workspace.must('risk.create', { ...riskArgs, reviewDate: '2027-01-04', costImpact: 12000 });
    workspace.must('risk.update', {
      id: ids.risk,
      patch: { reviewDate: null, owner: null, costImpact: null },
      expected: { reviewDate: '2027-01-04' },
    });
    const risk = workspace.get('risk', ids.risk);
    expect(risk).not.toHaveProperty('reviewDate');
    expect(risk).not.toHaveProperty('owner');
    expect(risk).not.toHaveProperty('costImpact');
    expect(JSON.parse(JSON.stringify(risk))).toEqual(risk);
  });

  it('refuses null for a field a record must have, and for a field only an intent sets', () => {
    const workspace = crmWorkspace();
    workspace.must('risk.create', riskArgs);
    expectRefusal(workspace.run('risk.update', { id: ids.risk, patch: { title: null } }), 'invalid_args');
    expectRefusal(workspace.run('risk.update', { id: ids.risk, patch: { probability: null } }), 'invalid_args');
    workspace.must('risk.escalate', { id: ids.risk, to: 'Programme board' }, pmo);
    expectRefusal(workspace.run('risk.update', { id: ids.risk, patch: { escalatedTo: null } }), 'use_named_mutation');
  });
});
