import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../../shared';
import { buildBackup } from '../../../shared/backup/backup-format';
import { buildHandoverFiles, handoverFileName, toFileSlug } from '../../../shared/reports/handover-pack';
import {
  crmWorkspace,
  id,
  ids,
  milestoneArgs,
  owner,
  pmo,
  riskArgs,
  stageGateTemplate,
} from '../mutations/workspace-fixture';

/** The CRM workspace of the mutation fixtures, with one record of each kind the summary shows. */
function crmBackup() {
  const workspace = crmWorkspace();
  workspace.must('template.create', stageGateTemplate, pmo);
  workspace.must(
    'project.update',
    {
      id: ids.project,
      patch: { templateId: ids.template, currentPhaseId: ids.phaseDiscover, managerName: 'Priya Patel' },
    },
    pmo,
  );
  workspace.must('risk.create', riskArgs);
  workspace.must('risk.create', { ...riskArgs, id: id(45), title: 'Closed risk', status: 'closed' });
  workspace.must('issue.create', { id: ids.issue, projectId: ids.project, title: 'Test environment *down*' });
  workspace.must('decision.create', {
    id: id(43),
    projectId: ids.project,
    statement: 'Migrate contacts before accounts',
    decidedOn: '2026-11-18',
    decidedBy: 'Steering committee',
  });
  workspace.must('action.create', { id: id(44), projectId: ids.project, title: 'Book the rehearsal weekend' });
  workspace.must('action.create', { id: id(46), projectId: ids.project, title: 'Already done', done: true });
  workspace.must('milestone.create', milestoneArgs);
  workspace.must('statusReport.create', {
    id: ids.report,
    projectId: ids.project,
    periodStart: '2026-11-09',
    periodEnd: '2026-11-20',
    overall: { chosen: 'amber' },
    summary: 'Migration tooling late.',
  });
  workspace.must(
    'lesson.create',
    {
      id: id(90),
      projectId: ids.project,
      title: 'Supplier tooling late',
      whatHappened: 'The tooling arrived after the rehearsal',
      recommendation: 'Put the tooling date in the contract',
      tags: ['supplier'],
    },
    pmo,
  );
  workspace.must(
    'playbook.create',
    { id: id(91), title: 'Escalating a supplier', markdown: '# Escalate\n\nCall first.' },
    owner,
  );
  const records = [...workspace.rows].map(([key, value]) => ({ entity: key.split(':')[0] as EntityName, value }));
  return buildBackup({ id: 'ws-1', name: 'Acme PMO' }, records, '2026-11-25T10:00:00.000Z');
}

describe('handover pack', () => {
  it('lists a README, a summary and four registers per project, the method, the playbooks and the backup', () => {
    const files = buildHandoverFiles(crmBackup(), 'en');
    expect(files.map((file) => file.path)).toEqual([
      'README.md',
      'projects/crm-crm-rollout/summary.md',
      'projects/crm-crm-rollout/risk.csv',
      'projects/crm-crm-rollout/raid.csv',
      'projects/crm-crm-rollout/plan.csv',
      'projects/crm-crm-rollout/resources.csv',
      'methodology/stage-gate-pmo-standard.md',
      'playbooks/escalating-a-supplier.md',
      'backup.json',
    ]);
    const readme = files[0].text;
    expect(readme).toContain('# Handover pack: Acme PMO');
    expect(readme).toContain('- `projects/crm-crm-rollout/raid.csv`');
  });

  it('summarises one project: facts, phase, last status, open risks and issues, decisions, open actions, lessons', () => {
    const summary = buildHandoverFiles(crmBackup(), 'en').find((file) => file.path.endsWith('summary.md'))?.text;
    expect(summary).toBe(
      [
        '# CRM — CRM rollout',
        '',
        '**Code:** CRM\\',
        '**State:** active\\',
        '**Project manager:** Priya Patel\\',
        '**Method:** Stage-gate (PMO standard)\\',
        '**Current phase:** Discover',
        '',
        '## Last status report',
        '',
        'Period 2026-11-09 to 2026-11-20: overall amber (draft).',
        '',
        'Migration tooling late.',
        '',
        '## Open risks',
        '',
        '| Title | Score | Owner | Response |',
        '| --- | --- | --- | --- |',
        '| Supplier delivers the data migration late | 16 | Dana Okafor |  |',
        '',
        '## Open issues',
        '',
        '| Title | Priority | Owner | Due |',
        '| --- | --- | --- | --- |',
        '| Test environment \\*down\\* | medium |  |  |',
        '',
        '## Decisions',
        '',
        '| Date | Decision | Decided by | Rationale |',
        '| --- | --- | --- | --- |',
        '| 2026-11-18 | Migrate contacts before accounts | Steering committee |  |',
        '',
        '## Open actions',
        '',
        '| Title | Owner | Due |',
        '| --- | --- | --- |',
        '| Book the rehearsal weekend |  |  |',
        '',
        '## Lessons learned',
        '',
        '| Title | What happened | Recommendation | Tags |',
        '| --- | --- | --- | --- |',
        '| Supplier tooling late | The tooling arrived after the rehearsal | Put the tooling date in the contract | supplier |',
        '',
      ].join('\n'),
    );
  });

  it('speaks French when asked', () => {
    const summary = buildHandoverFiles(crmBackup(), 'fr').find((file) => file.path.endsWith('summary.md'))?.text;
    expect(summary).toContain('## Risques ouverts');
    expect(summary).toContain('**Phase en cours :** Discover');
  });

  it('writes registers the import reads back: the risk register has the open and the closed risk', () => {
    const csv = buildHandoverFiles(crmBackup(), 'en').find((file) => file.path.endsWith('/risk.csv'))?.text ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Supplier delivers the data migration late');
    expect(csv).toContain('Closed risk');
  });

  it('names the ZIP after the workspace and the day', () => {
    expect(handoverFileName('Acme PMO — Île-de-France', '2026-11-25')).toBe(
      'handover-acme-pmo-ile-de-france-2026-11-25.zip',
    );
    expect(toFileSlug('***')).toBe('untitled');
  });
});
