import { describe, expect, it } from 'vitest';
import {
  actionsLinkedTo,
  createLinkResolver,
  decisionsLinkedTo,
  indexActionsByLink,
  issuesOfRisk,
  linkKeyOf,
} from '../../../../shared/analytics/raid';
import { DecisionSchema } from '../../../../shared/schemas/raid';
import { aGateReview, anAction, anIssue, aRisk, newId, projectId } from '../../health/fixtures';

const risk = aRisk({ title: 'Key user leaves', status: 'occurred' });
const issue = anIssue({ title: 'Key user left', riskId: risk.id });
const occurred = { ...risk, issueId: issue.id };
const decision = DecisionSchema.parse({
  id: newId(),
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'member-pm',
  updatedAt: '2026-01-05T09:00:00.000Z',
  updatedBy: 'member-pm',
  version: 1,
  projectId,
  statement: 'Hire a contractor',
  decidedOn: '2026-03-01',
  decidedBy: 'Sponsor',
  links: [{ entity: 'issue', id: issue.id }],
});
const onIssueLate = anAction({
  title: 'Brief the contractor',
  dueDate: '2026-03-10',
  link: { entity: 'issue', id: issue.id },
});
const onIssueDone = anAction({ title: 'Post the job', done: true, link: { entity: 'issue', id: issue.id } });
const onRisk = anAction({ title: 'Write the handover notes', link: { entity: 'risk', id: risk.id } });
const unlinked = anAction({ title: 'Order laptops' });
const actions = [onIssueDone, onRisk, unlinked, onIssueLate];

describe('links between risks, issues, decisions and actions', () => {
  it('finds the actions of a record, open first', () => {
    expect(actionsLinkedTo(actions, { entity: 'issue', id: issue.id }).map((a) => a.id)).toEqual([
      onIssueLate.id,
      onIssueDone.id,
    ]);
    expect(actionsLinkedTo(actions, { entity: 'risk', id: risk.id }).map((a) => a.id)).toEqual([onRisk.id]);
  });

  it('indexes every linked action by its record once, for long lists', () => {
    const index = indexActionsByLink(actions);
    expect(index.get(linkKeyOf({ entity: 'issue', id: issue.id }))?.map((a) => a.id)).toEqual([
      onIssueLate.id,
      onIssueDone.id,
    ]);
    expect([...index.keys()]).toHaveLength(2);
  });

  it('follows a risk to the issue it became, and an issue back to its risk', () => {
    const stray = anIssue({ title: 'Second consequence', riskId: risk.id });
    expect(issuesOfRisk(occurred, [stray, issue]).map((i) => i.id)).toEqual([issue.id, stray.id]);
    expect(issuesOfRisk(aRisk({}), [stray, issue])).toEqual([]);
    const resolve = createLinkResolver({ risks: [risk], issues: [issue], decisions: [], actions: [], gateReviews: [] });
    expect(resolve(issue.riskId ? { entity: 'risk', id: issue.riskId } : undefined)).toMatchObject({
      entity: 'risk',
      title: 'Key user leaves',
    });
  });

  it('finds the decisions that name a record', () => {
    expect(decisionsLinkedTo([decision], { entity: 'issue', id: issue.id })).toEqual([decision]);
    expect(decisionsLinkedTo([decision], { entity: 'risk', id: risk.id })).toEqual([]);
  });

  it('names each linked record, and nothing for one that is gone', () => {
    const gate = aGateReview();
    const resolve = createLinkResolver({
      risks: [risk],
      issues: [issue],
      decisions: [decision],
      actions,
      gateReviews: [gate],
    });
    expect(resolve({ entity: 'decision', id: decision.id })?.title).toBe('Hire a contractor');
    expect(resolve({ entity: 'action', id: onRisk.id })?.title).toBe('Write the handover notes');
    expect(resolve({ entity: 'gateReview', id: gate.id })).toMatchObject({ entity: 'gateReview', title: undefined });
    expect(resolve({ entity: 'issue', id: newId() })).toBeUndefined();
    expect(resolve({ entity: 'risk', id: issue.id })).toBeUndefined();
    expect(resolve(undefined)).toBeUndefined();
  });
});
