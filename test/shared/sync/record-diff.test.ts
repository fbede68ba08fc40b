import { describe, expect, it } from 'vitest';
import { defaultHistoryRetentionDays } from '../../../shared/api/history';
import { diffRecords, isSameJson } from '../../../shared/sync/record-diff';
import {
  computeHistoryCutoff,
  describeRecordChange,
  readHistoryRetentionDays,
  readProjectOf,
} from '../../../shared/sync/record-history';

const projectId = '6f1c2c1e-8d4f-4c55-9d8e-1f2a3b4c5d6e';
const riskId = '0b7d5c1a-2e3f-4a5b-8c6d-7e8f9a0b1c2d';

const risk = {
  id: riskId,
  projectId,
  title: 'Vendor may deliver the API late',
  probability: 3,
  impact: 4,
  owner: { name: 'Ada Lovelace', memberId: 'm-1' },
  status: 'open',
  version: 7,
  createdAt: '2026-03-01T09:00:00.000Z',
  createdBy: 'm-1',
  updatedAt: '2026-03-02T09:00:00.000Z',
  updatedBy: 'm-1',
};

describe('diffRecords', () => {
  it('lists each changed field from → to, leaving out the stamps every write changes', () => {
    const after = {
      ...risk,
      probability: 4,
      owner: { name: 'Grace Hopper', memberId: 'm-2' },
      version: 8,
      updatedAt: '2026-03-03T10:00:00.000Z',
      updatedBy: 'm-2',
    };
    expect(diffRecords(risk, after)).toEqual({
      probability: { from: 3, to: 4 },
      owner: { from: { name: 'Ada Lovelace', memberId: 'm-1' }, to: { name: 'Grace Hopper', memberId: 'm-2' } },
    });
  });

  it('shows a created record as every field from null, and a deleted one as every field to null', () => {
    expect(diffRecords(undefined, { ...risk, description: '' })).toEqual({
      projectId: { from: null, to: projectId },
      title: { from: null, to: 'Vendor may deliver the API late' },
      probability: { from: null, to: 3 },
      impact: { from: null, to: 4 },
      owner: { from: null, to: { name: 'Ada Lovelace', memberId: 'm-1' } },
      status: { from: null, to: 'open' },
      description: { from: null, to: '' },
    });
    expect(diffRecords(risk, null).title).toEqual({ from: 'Vendor may deliver the API late', to: null });
    expect(Object.keys(diffRecords(risk, null))).not.toContain('version');
  });

  it('treats a cleared field (undefined) and a null one as the same absence', () => {
    expect(diffRecords({ ...risk, actionee: null }, { ...risk, actionee: undefined })).toEqual({});
    expect(diffRecords({ ...risk, actionee: undefined }, { ...risk, actionee: { name: 'Ken' } })).toEqual({
      actionee: { from: null, to: { name: 'Ken' } },
    });
  });

  it('compares lists and objects by value, whatever the order of their keys', () => {
    const before = { ...risk, predecessors: [{ id: 'a', lagDays: 0 }], tags: ['x', 'y'] };
    const same = { ...risk, predecessors: [{ lagDays: 0, id: 'a' }], tags: ['x', 'y'] };
    expect(diffRecords(before, same)).toEqual({});
    expect(diffRecords(before, { ...same, tags: ['y', 'x'] })).toEqual({
      tags: { from: ['x', 'y'], to: ['y', 'x'] },
    });
  });

  it('keeps hostile text exactly as stored', () => {
    const title = "<img src=x onerror=alert(1)> '; DROP TABLE entities; --";
    expect(diffRecords(risk, { ...risk, title }).title.to).toBe(title);
  });
});

describe('isSameJson', () => {
  it('tells arrays from objects and numbers from strings', () => {
    expect(isSameJson([], {})).toBe(false);
    expect(isSameJson(1, '1')).toBe(false);
    expect(isSameJson({ a: [1, { b: null }] }, { a: [1, {}] })).toBe(true);
  });
});

describe('describeRecordChange', () => {
  it('names the project a record belongs to, the project itself for a project, none for workspace-wide records', () => {
    expect(describeRecordChange('risk', riskId, risk, { ...risk, impact: 5 })).toEqual({
      projectId,
      changes: { impact: { from: 4, to: 5 } },
    });
    expect(readProjectOf('project', projectId, { name: 'Atlas' })).toBe(projectId);
    expect(readProjectOf('person', 'p-1', { name: 'Ada' })).toBeNull();
    expect(describeRecordChange('risk', riskId, risk, null)?.projectId).toBe(projectId);
  });

  it('is null when only stamps changed', () => {
    expect(describeRecordChange('risk', riskId, risk, { ...risk, version: 9, updatedAt: 'later' })).toBeNull();
  });
});

describe('history retention', () => {
  it('reads the workspace setting, defaulting for records that predate it or hold nonsense', () => {
    expect(readHistoryRetentionDays({ historyRetentionDays: 30 })).toBe(30);
    expect(readHistoryRetentionDays({})).toBe(defaultHistoryRetentionDays);
    expect(readHistoryRetentionDays(undefined)).toBe(365);
    expect(readHistoryRetentionDays({ historyRetentionDays: -3 })).toBe(365);
    expect(readHistoryRetentionDays({ historyRetentionDays: '30' })).toBe(365);
  });

  it('puts the cutoff that many days before now', () => {
    expect(computeHistoryCutoff(new Date('2026-03-31T12:00:00.000Z'), 30)).toBe('2026-03-01T12:00:00.000Z');
  });
});
