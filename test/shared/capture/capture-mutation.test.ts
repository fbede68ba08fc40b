import { describe, expect, it } from 'vitest';
import { type CaptureMutationInput, captureMutation } from '../../../shared/capture/capture-mutation';
import { entitySchemas } from '../../../shared/entities';

const projectId = '5b0c1a9e-3f2d-4c1b-9a8e-7d6c5b4a3f21';
const captureId = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';
const source = {
  url: 'https://news.example.com/2026/03/supplier-delays',
  pageTitle: 'Supplier announces six-week delay – Payments Weekly',
  quote: 'Our main supplier announced a six-week delay on terminals.',
};

function capture(overrides: Partial<CaptureMutationInput>) {
  return captureMutation({
    kind: 'risk',
    projectId,
    title: 'Terminal supplier six weeks late',
    fields: {},
    source,
    today: '2026-03-02',
    memberName: 'Claire Martin',
    newId: () => captureId,
    ...overrides,
  });
}

/** The args as the entity's field schema accepts them (what the mutator checks). */
function parseFields(mutation: ReturnType<typeof captureMutation>) {
  const entity = mutation.name.split('.')[0] as 'risk' | 'issue' | 'decision' | 'action';
  const { id: _id, ...fields } = mutation.args;
  return entitySchemas[entity].fields.safeParse(fields);
}

describe('captureMutation', () => {
  it('creates a risk with its ratings, owner, review date, cause / event / effect and source', () => {
    const mutation = capture({
      title: '  Terminal supplier\nsix weeks late ',
      fields: {
        probability: 4,
        impact: 5,
        owner: { personId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', name: 'Paul Durand' },
        reviewDate: '2026-03-16',
        cause: 'a single supplier for terminals',
        event: 'terminals arrive six weeks late',
        effect: 'the pilot slips past the sales season',
        dueDate: '2026-04-01',
      },
    });

    expect(mutation).toEqual({
      name: 'risk.create',
      args: {
        id: captureId,
        projectId,
        title: 'Terminal supplier six weeks late',
        probability: 4,
        impact: 5,
        owner: { personId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', name: 'Paul Durand' },
        reviewDate: '2026-03-16',
        cause: 'a single supplier for terminals',
        event: 'terminals arrive six weeks late',
        effect: 'the pilot slips past the sales season',
        raisedOn: '2026-03-02',
        raisedBy: 'Claire Martin',
        source,
      },
    });
    expect(parseFields(mutation).success).toBe(true);
  });

  it('rates an unrated risk 3 × 3 and leaves blank fields out', () => {
    const mutation = capture({ fields: { owner: { name: '  ' }, cause: ' ', reviewDate: '' } });

    expect(mutation.args).toMatchObject({ probability: 3, impact: 3 });
    expect(mutation.args).not.toHaveProperty('owner');
    expect(mutation.args).not.toHaveProperty('cause');
    expect(mutation.args).not.toHaveProperty('reviewDate');
    expect(parseFields(mutation).success).toBe(true);
  });

  it('creates an issue with its priority and due date, and no risk fields', () => {
    const mutation = capture({
      kind: 'issue',
      fields: { probability: 5, impact: 5, cause: 'x', priority: 'high', dueDate: '2026-03-20' },
    });

    expect(mutation).toEqual({
      name: 'issue.create',
      args: {
        id: captureId,
        projectId,
        title: 'Terminal supplier six weeks late',
        priority: 'high',
        dueDate: '2026-03-20',
        raisedOn: '2026-03-02',
        source,
      },
    });
    expect(parseFields(mutation).success).toBe(true);
  });

  it('creates a decision stated by its title, decided today by the member', () => {
    const mutation = capture({ kind: 'decision', title: 'Order terminals from the second supplier' });

    expect(mutation).toEqual({
      name: 'decision.create',
      args: {
        id: captureId,
        projectId,
        statement: 'Order terminals from the second supplier',
        decidedOn: '2026-03-02',
        decidedBy: 'Claire Martin',
        source,
      },
    });
    expect(parseFields(mutation).success).toBe(true);
  });

  it('creates an action with its owner and due date', () => {
    const mutation = capture({
      kind: 'action',
      title: 'Ask the second supplier for a quote',
      fields: { owner: { name: 'Paul Durand' }, dueDate: '2026-03-06', reviewDate: '2026-03-16' },
    });

    expect(mutation).toEqual({
      name: 'action.create',
      args: {
        id: captureId,
        projectId,
        title: 'Ask the second supplier for a quote',
        owner: { name: 'Paul Durand' },
        dueDate: '2026-03-06',
        source,
      },
    });
    expect(parseFields(mutation).success).toBe(true);
  });

  it('keeps the source within the record limits and leaves empty parts out', () => {
    const mutation = capture({
      source: { url: 'chrome://version/', pageTitle: ' ', quote: 'q'.repeat(6000), jiraKey: '' },
    });

    const kept = mutation.args.source as Record<string, string>;
    expect(Object.keys(kept).sort()).toEqual(['quote', 'url']);
    expect(kept.quote).toHaveLength(5000);
    expect(parseFields(mutation).success).toBe(true);
  });

  it('keeps the title blank when it is, so the mutator refuses it by name', () => {
    const mutation = capture({ title: ' \n ' });

    expect(mutation.args.title).toBe('');
    expect(parseFields(mutation).error?.issues[0]?.path).toEqual(['title']);
  });
});
