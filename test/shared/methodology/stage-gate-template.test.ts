import { describe, expect, it } from 'vitest';
import {
  buildStageGateTemplate,
  describeProjectStart,
  sortTemplatesForChoice,
  stageGateTemplateName,
} from '../../../shared/methodology';
import { TemplateFieldsSchema } from '../../../shared/schemas/methodology';
import { id, owner, pm, Workspace } from '../mutations/workspace-fixture';

function counter(): () => string {
  let next = 0;
  return () => id(++next);
}

describe('buildStageGateTemplate', () => {
  it('builds Initiate, Plan, Execute, Close with a gate into every phase after the first', () => {
    const template = buildStageGateTemplate(counter());
    expect(template.name).toBe(stageGateTemplateName);
    expect(template.kind).toBe('stage_gate');
    expect(template.phases.map((phase) => phase.name)).toEqual(['Initiate', 'Plan', 'Execute', 'Close']);
    expect(template.phases[0].gate).toBeUndefined();
    for (const phase of template.phases.slice(1)) {
      expect(phase.gate?.mustMeet.length).toBeGreaterThanOrEqual(3);
      expect(phase.gate?.shouldMeet.length).toBeGreaterThanOrEqual(3);
      expect(phase.gate?.shouldMeet.every((criterion) => criterion.weight > 0)).toBe(true);
      expect(phase.requiredArtifacts.length).toBeGreaterThan(0);
    }
  });

  it('is a valid template whose ids are all fresh and distinct', () => {
    const template = buildStageGateTemplate(counter());
    expect(TemplateFieldsSchema.safeParse(template).success).toBe(true);
    const ids = [
      template.id,
      ...template.phases.flatMap((phase) => [
        phase.id,
        ...(phase.gate?.mustMeet ?? []).map((criterion) => criterion.id),
        ...(phase.gate?.shouldMeet ?? []).map((criterion) => criterion.id),
      ]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const other = buildStageGateTemplate(() => crypto.randomUUID());
    expect(ids).not.toContain(other.id);
  });

  it('is accepted by template.create from an owner, at version 1, and a project can start in its first phase', () => {
    const workspace = new Workspace();
    const template = buildStageGateTemplate(counter());
    workspace.must('template.create', template, owner);
    expect(workspace.get('template', template.id)?.templateVersion).toBe(1);
    workspace.must(
      'project.create',
      {
        id: id(500),
        code: 'ERP',
        name: 'ERP roll-out',
        templateId: template.id,
        currentPhaseId: template.phases[0].id,
      },
      pm,
    );
    expect(workspace.get('project', id(500))?.currentPhaseId).toBe(template.phases[0].id);
  });
});

describe('where a new project starts', () => {
  const template = (name: string, createdAt: string) => ({
    ...buildStageGateTemplate(counter()),
    name,
    createdAt,
  });

  it('offers the oldest template first (the built-in one), then by name', () => {
    const builtIn = template('Stage-gate', '2026-01-01T00:00:00.000Z');
    const agile = template('Agile delivery', '2026-03-01T00:00:00.000Z');
    const hybrid = template('Hybrid', '2026-03-01T00:00:00.000Z');
    expect(sortTemplatesForChoice([hybrid, agile, builtIn]).map((each) => each.name)).toEqual([
      'Stage-gate',
      'Agile delivery',
      'Hybrid',
    ]);
  });

  it('starts in the first phase of the chosen template, or nowhere without one', () => {
    const chosen = buildStageGateTemplate(counter());
    expect(describeProjectStart(chosen)).toEqual({ templateId: chosen.id, currentPhaseId: chosen.phases[0].id });
    expect(describeProjectStart(undefined)).toEqual({});
  });
});
