import { describe, expect, it } from 'vitest';
import { formatMessageRef } from '../../../shared/i18n/format-message';
import { buildStageGateTemplate } from '../../../shared/methodology/stage-gate-template';
import {
  copyTemplate,
  findRemovedPhasesInUse,
  listProjectsFollowing,
  moveItem,
  refuseRemovingPhasesInUse,
} from '../../../shared/methodology/template-edits';

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;
const builtIn = buildStageGateTemplate(newId);
const [initiate, plan, execute] = builtIn.phases;
const project = (code: string, templateId: string | undefined, currentPhaseId: string | undefined) => ({
  id: newId(),
  code,
  name: `${code} project`,
  templateId,
  currentPhaseId,
});
const crm = project('CRM', builtIn.id, plan?.id);
const erp = project('ERP', builtIn.id, plan?.id);
const hr = project('HR', builtIn.id, initiate?.id);
const other = project('OPS', 'another-template', plan?.id);

describe('editing a methodology template', () => {
  it('lists the projects following a template, by code', () => {
    expect(listProjectsFollowing(builtIn.id, [hr, other, erp, crm]).map((p) => p.code)).toEqual(['CRM', 'ERP', 'HR']);
  });

  it('finds a removed phase that projects are in, and lets a rename, a reorder or an empty phase go', () => {
    const following = [crm, erp, hr];
    const withoutPlan = builtIn.phases.filter((phase) => phase.id !== plan?.id);
    expect(findRemovedPhasesInUse(builtIn, withoutPlan, following)).toEqual([
      { phase: { id: plan?.id, name: 'Plan' }, projects: [crm, erp] },
    ]);
    const withoutExecute = builtIn.phases.filter((phase) => phase.id !== execute?.id);
    expect(findRemovedPhasesInUse(builtIn, withoutExecute, following)).toEqual([]);
    const renamedAndReordered = [...builtIn.phases].reverse().map((phase) => ({ ...phase, name: `${phase.name}!` }));
    expect(refuseRemovingPhasesInUse(builtIn, renamedAndReordered, following)).toBeUndefined();
  });

  it('refuses removing a phase in use with a message naming the phase and the projects, in both languages', () => {
    const withoutPlan = builtIn.phases.filter((phase) => phase.id !== plan?.id);
    const refused = refuseRemovingPhasesInUse(builtIn, withoutPlan, [crm, erp]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'phase_in_use' } });
    const ref = refused && !refused.ok ? refused.error.ref : undefined;
    if (!ref) throw new Error('no message');
    expect(formatMessageRef('en', ref)).toBe(
      'Phase "Plan" of template "Stage-gate (Interim PMO standard)" still has projects in it (2: CRM, ERP); move them to another phase before removing it.',
    );
    expect(formatMessageRef('fr', ref)).toContain('« Plan »');
  });

  it('copies a template under fresh ids, at version 1, keeping gates, weights and artifacts', () => {
    const copy = copyTemplate({ ...builtIn, templateVersion: 4 }, 'Our stage-gate', newId);
    expect(copy.name).toBe('Our stage-gate');
    expect(copy.templateVersion).toBe(1);
    expect(copy.phases.map((phase) => phase.name)).toEqual(builtIn.phases.map((phase) => phase.name));
    const idsOf = (phases: typeof builtIn.phases) =>
      phases.flatMap((phase) => [
        phase.id,
        ...(phase.gate?.mustMeet ?? []).map((c) => c.id),
        ...(phase.gate?.shouldMeet ?? []).map((c) => c.id),
      ]);
    const original = new Set(idsOf(builtIn.phases));
    expect(idsOf(copy.phases).some((id) => original.has(id))).toBe(false);
    expect(copy.phases[1]?.gate?.shouldMeet.map((c) => c.weight)).toEqual(plan?.gate?.shouldMeet.map((c) => c.weight));
    expect(copy.phases[2]?.requiredArtifacts).toEqual(execute?.requiredArtifacts);
  });

  it('moves an item up or down by one place, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
