import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared';
import {
  detectHeaderRow,
  diffImport,
  exportTable,
  importFields,
  parseCsvText,
  readRows,
  suggestMapping,
  toCsv,
} from '../../../shared/tabular';
import { importContext, projectId } from './register-arbitraries';

const zoe = importContext.people[0];
const aoife = importContext.people[1];
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const risk: AnyRecord = {
  id: uuid(1),
  version: 4,
  projectId,
  title: '=Retard du fournisseur',
  ref: 'R-012',
  kind: 'threat',
  owner: { personId: zoe.id, name: zoe.name },
  probability: 4,
  impact: 5,
  costImpact: 12500.5,
  reviewDate: '2027-01-15',
  status: 'mitigating',
};

describe('exportTable', () => {
  it('writes the canonical headers of the columns the records fill, then one row per record', () => {
    const table = exportTable('risk', { risk: [risk] }, importContext);
    const headerOf = (key: string) => importFields('risk').find((field) => field.key === key)?.header;
    expect(table[0]).toEqual(
      ['id', 'ref', 'title', 'kind', 'owner', 'probability', 'impact', 'costImpact', 'reviewDate', 'status'].map(
        headerOf,
      ),
    );
    expect(table[1]).toEqual([
      uuid(1),
      'R-012',
      '=Retard du fournisseur',
      'threat',
      'Zoé Lefèvre',
      '4',
      '5',
      '12500.5',
      '2027-01-15',
      'mitigating',
    ]);
    // The formula escape belongs to the CSV writer, so the TSV copy and the download agree on it.
    expect(toCsv(table).split('\r\n')[1]).toContain(",'=Retard du fournisseur,");
  });

  it('says the type of each RAID and plan row, and writes booleans, percents and a milestone forecast as End', () => {
    const action = { id: uuid(2), version: 1, projectId, title: 'Relancer', done: true };
    const decision = {
      id: uuid(3),
      version: 1,
      projectId,
      statement: 'Go',
      decidedOn: '2026-11-02',
      decidedBy: 'COPIL',
      links: [],
    };
    const raid = exportTable('raid', { action: [action], decision: [decision] }, importContext);
    const column = (table: string[][], header: string) => table.map((line) => line[table[0].indexOf(header)]);
    expect(column(raid, 'Type')).toEqual(['Type', 'Action', 'Decision']);
    expect(column(raid, 'Title')).toEqual(['Title', 'Relancer', 'Go']);
    expect(column(raid, 'Done')).toEqual(['Done', 'yes', '']);

    const milestone = {
      id: uuid(4),
      version: 1,
      projectId,
      title: 'Go-live',
      forecastDate: '2027-03-15',
      mandatory: true,
      predecessors: [],
    };
    const task = {
      id: uuid(5),
      version: 1,
      projectId,
      kind: 'deliverable',
      title: 'Guide',
      durationDays: 3,
      percentComplete: 0.5,
      predecessors: [{ predecessorId: uuid(4), lagDays: -2 }],
    };
    const plan = exportTable('plan', { milestone: [milestone], planItem: [task] }, importContext);
    expect(column(plan, 'Type')).toEqual(['Type', 'Milestone', 'Deliverable']);
    expect(column(plan, 'End')).toEqual(['End', '2027-03-15', '']);
    expect(column(plan, 'Mandatory')).toEqual(['Mandatory', 'yes', '']);
    expect(column(plan, '% complete')).toEqual(['% complete', '', '0.5%']);
    expect(column(plan, 'Predecessors')).toEqual(['Predecessors', '', `${uuid(4)}FS-2`]);
  });

  it('writes resources in long format, and they re-import as the same people and allocations', () => {
    const people = [
      { id: zoe.id, version: 1, name: zoe.name, email: zoe.email, capacityHoursPerWeek: 32, exceptions: [] },
      { id: aoife.id, version: 1, name: aoife.name, capacityHoursPerWeek: 40, exceptions: [] },
    ];
    const allocations = [
      {
        id: uuid(20),
        version: 1,
        personId: zoe.id,
        projectId,
        from: '2026-12-07',
        to: '2027-01-29',
        percent: 50,
        isKey: true,
      },
      {
        id: uuid(21),
        version: 1,
        personId: zoe.id,
        projectId,
        from: '2027-02-01',
        to: '2027-03-26',
        hoursPerWeek: 8,
        isKey: false,
      },
    ];
    const table = exportTable('resources', { person: people, allocation: allocations }, importContext);
    expect(table).toEqual([
      [
        'PMO ID',
        'Ref',
        'Name',
        'Email',
        'Capacity (hours/week)',
        'Project',
        'From',
        'To',
        'Hours per week',
        'Percent',
        'Key person',
      ],
      [zoe.id, '', zoe.name, zoe.email, '32', 'CRM', '2026-12-07', '2027-01-29', '', '50%', 'yes'],
      [zoe.id, '', zoe.name, zoe.email, '32', 'CRM', '2027-02-01', '2027-03-26', '8', '', 'no'],
      [aoife.id, '', aoife.name, '', '40', '', '', '', '', '', ''],
    ]);

    const parsed = parseCsvText(toCsv(table));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const headerRow = detectHeaderRow(parsed.value.rows);
    const mapping = suggestMapping('resources', parsed.value.rows[headerRow]);
    const read = readRows(parsed.value, headerRow, 'resources', mapping, importContext);
    expect(read.problems).toEqual([]);
    const diff = diffImport(read.rows, { person: people, allocation: allocations }, { projectId });
    expect(diff.created).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged.map((entry) => [entry.entity, entry.id])).toEqual([
      ['person', zoe.id],
      ['allocation', uuid(20)],
      ['allocation', uuid(21)],
      ['person', aoife.id],
    ]);
  });
});
