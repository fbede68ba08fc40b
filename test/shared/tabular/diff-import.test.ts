import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared';
import { diffImport, isSameFieldValue, isUnappliedChange } from '../../../shared/tabular';
import { fingerprintOf } from '../../../shared/tabular/fingerprint';
import type { ImportEntity, ImportedRow } from '../../../shared/tabular/types';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const projectId = uuid(1);
const otherProjectId = uuid(2);

const risk = (n: number, fields: Record<string, unknown> = {}): AnyRecord => ({
  id: uuid(100 + n),
  version: 2,
  projectId,
  title: `Risque ${n}`,
  probability: 3,
  impact: 3,
  kind: 'threat',
  status: 'open',
  ...fields,
});

function row(
  line: number,
  fields: Record<string, unknown>,
  key: ImportedRow['key'] = {},
  entity: ImportEntity = 'risk',
) {
  return { line, entity, key, fields: { projectId, ...fields }, conversions: [] } satisfies ImportedRow;
}

describe('fingerprintOf', () => {
  it('ignores case, accents and spacing of the title, and keys allocations by person, project and start', () => {
    expect(fingerprintOf('risk', { title: '  Retard   du FOURNISSEUR ' })).toBe(
      fingerprintOf('risk', { title: 'retard du fournisseur' }),
    );
    expect(fingerprintOf('risk', { title: 'Élevé' })).toBe(fingerprintOf('risk', { title: 'eleve' }));
    expect(fingerprintOf('decision', { statement: 'Go' })).not.toBe(fingerprintOf('risk', { title: 'Go' }));
    expect(fingerprintOf('allocation', { personId: 'p', projectId: 'q', from: '2026-01-05', percent: 50 })).toBe(
      'allocation:p|q|2026-01-05',
    );
  });
});

describe('diffImport', () => {
  it('matches by id, then ref, then fingerprint, and sorts rows into created, changed and unchanged', () => {
    const existing = { risk: [risk(1, { ref: 'R-1' }), risk(2, { ref: 'R-2' }), risk(3), risk(4)] };
    const rows = [
      row(2, { title: 'Risque 1 renommé', probability: 3 }, { id: uuid(101) }),
      row(3, { title: 'Risque 2', probability: 5 }, { ref: 'r-2' }),
      row(4, { title: ' RISQUE  3 ', probability: 3 }),
      row(5, { title: 'Nouveau risque', probability: 1 }),
    ];
    const diff = diffImport(rows, existing, { projectId });
    expect(diff.changed).toEqual([
      {
        line: 2,
        entity: 'risk',
        id: uuid(101),
        title: 'Risque 1 renommé',
        changes: [{ field: 'title', from: 'Risque 1', to: 'Risque 1 renommé' }],
      },
      {
        line: 3,
        entity: 'risk',
        id: uuid(102),
        title: 'Risque 2',
        changes: [{ field: 'probability', from: 3, to: 5 }],
      },
      {
        line: 4,
        entity: 'risk',
        id: uuid(103),
        title: ' RISQUE  3 ',
        changes: [{ field: 'title', from: 'Risque 3', to: ' RISQUE  3 ' }],
      },
    ]);
    expect(diff.created).toEqual([{ line: 5, entity: 'risk', id: 'new:3', title: 'Nouveau risque' }]);
    expect(diff.unchanged).toEqual([]);
    // Rows carried ids (a re-imported export): the project's other risks are listed as missing.
    expect(diff.missing).toEqual([{ entity: 'risk', id: uuid(104), title: 'Risque 4' }]);
  });

  it('lets an id claim its record before another row takes it by fingerprint', () => {
    const existing = { risk: [risk(1)] };
    const rows = [row(2, { title: 'Risque 1' }), row(3, { title: 'Risque un' }, { id: uuid(101) })];
    const diff = diffImport(rows, existing, { projectId });
    expect(diff.changed.map((entry) => [entry.line, entry.id])).toEqual([[3, uuid(101)]]);
    expect(diff.created.map((entry) => entry.line)).toEqual([2]);
  });

  it('never matches two rows with different refs to one record, however alike their titles', () => {
    const existing = { risk: [risk(1, { ref: 'R-1' })] };
    const diff = diffImport([row(2, { title: 'Risque 1', ref: 'R-9' }, { ref: 'R-9' })], existing, { projectId });
    expect(diff.created.map((entry) => entry.line)).toEqual([2]);
  });

  it('copies, never moves, a record whose id belongs to another project', () => {
    const existing = { risk: [risk(1, { projectId: otherProjectId })] };
    const diff = diffImport([row(2, { title: 'Risque 1' }, { id: uuid(101) })], existing, { projectId });
    expect(diff.created).toHaveLength(1);
    expect(diff.changed).toEqual([]);
  });

  it('lists as missing what this source imported before and no row matches, never other records', () => {
    const existing = { risk: [risk(1), risk(2), risk(3)] };
    const diff = diffImport([row(2, { title: 'Risque 1' })], existing, {
      projectId,
      previousIds: [uuid(101), uuid(102)],
    });
    expect(diff.unchanged.map((entry) => entry.id)).toEqual([uuid(101)]);
    expect(diff.missing).toEqual([{ entity: 'risk', id: uuid(102), title: 'Risque 2' }]);
  });

  it('does not compare what the row leaves empty, nor fields outside setFields', () => {
    const existing = { risk: [risk(1, { status: 'closed', description: 'Détail' })] };
    const rows: ImportedRow[] = [
      {
        ...row(2, { title: 'Risque 1', status: 'open', description: undefined, impact: 4 }),
        setFields: ['title', 'impact'],
      },
    ];
    const diff = diffImport(rows, existing, { projectId });
    expect(diff.changed[0].changes).toEqual([{ field: 'impact', from: 3, to: 4 }]);
  });

  it('shows a risk turning "occurred" as a change it does not apply', () => {
    const diff = diffImport([row(2, { title: 'Risque 1', status: 'occurred' })], { risk: [risk(1)] }, { projectId });
    const [change] = diff.changed[0].changes;
    expect(change).toMatchObject({ field: 'status', from: 'open', to: 'occurred' });
    expect(isUnappliedChange(change)).toBe(true);
  });

  it('resolves a new allocation to the person its line matched, then matches allocations by fingerprint', () => {
    const person = { id: uuid(50), version: 1, name: 'Zoé Lefèvre', capacityHoursPerWeek: 40, exceptions: [] };
    const allocation = {
      id: uuid(60),
      version: 1,
      personId: uuid(50),
      projectId,
      from: '2026-12-07',
      to: '2027-01-29',
      percent: 50,
      isKey: false,
    };
    const rows: ImportedRow[] = [
      {
        line: 4,
        entity: 'person',
        key: {},
        fields: { name: 'zoe lefevre', capacityHoursPerWeek: 40 },
        conversions: [],
      },
      {
        line: 4,
        entity: 'allocation',
        key: {},
        fields: { personId: 'row:4', projectId, from: '2026-12-07', to: '2027-01-29', percent: 80, isKey: false },
        conversions: [],
      },
    ];
    const diff = diffImport(rows, { person: [person], allocation: [allocation] }, { projectId });
    expect(diff.changed.map((entry) => [entry.entity, entry.id, entry.changes.map((c) => c.field)])).toEqual([
      ['person', uuid(50), ['name']],
      ['allocation', uuid(60), ['percent']],
    ]);
    expect(diff.changed[1].title).toBe('zoe lefevre 2026-12-07 → 2027-01-29');
  });
});

describe('isSameFieldValue', () => {
  it('compares objects whatever their key order, and people by name and the ids both sides know', () => {
    expect(isSameFieldValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(isSameFieldValue([1, 2], [2, 1])).toBe(false);
    expect(isSameFieldValue({ memberId: 'm1', name: 'Zoé' }, { name: 'Zoé', personId: uuid(5) })).toBe(true);
    expect(isSameFieldValue({ personId: uuid(4), name: 'Zoé' }, { name: 'Zoé', personId: uuid(5) })).toBe(false);
    expect(isSameFieldValue({ name: 'Zoé' }, { name: 'Zoe' })).toBe(false);
    expect(isSameFieldValue(undefined, 0)).toBe(false);
  });
});
