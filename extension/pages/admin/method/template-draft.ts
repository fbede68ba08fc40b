import { isSameValue } from '../../../../shared/mutations/preconditions';
import type { Gate, Phase, Template, TemplateFields } from '../../../../shared/schemas/methodology';

/** What the editor changes of a template: everything but its version, which the server derives. */
export type TemplateDraft = Pick<TemplateFields, 'name' | 'kind' | 'description' | 'phases'>;

export const draftFields = ['name', 'kind', 'description', 'phases'] as const;

/** The template as the editor starts from it. */
export function draftOf(template: Template): TemplateDraft {
  return {
    name: template.name,
    kind: template.kind,
    description: template.description,
    phases: structuredClone(template.phases),
  };
}

/** A new, empty gate for a phase that had none. */
export function newGate(phaseName: string): Gate {
  return { name: phaseName, mustMeet: [], shouldMeet: [], passScore: 3 };
}

/** A new phase at the end of the method. */
export function newPhase(name: string): Phase {
  return { id: crypto.randomUUID(), name, requiredArtifacts: [] };
}

/** The draft as it would be saved: text trimmed, rows left blank dropped (an added row never filled in). */
export function cleanDraft(draft: TemplateDraft): TemplateDraft {
  const description = draft.description?.trim();
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    description: description ? description : undefined,
    phases: draft.phases.map((phase) => ({
      ...phase,
      name: phase.name.trim(),
      requiredArtifacts: phase.requiredArtifacts.map((text) => text.trim()).filter(Boolean),
      ...(phase.gate
        ? {
            gate: {
              ...phase.gate,
              name: phase.gate.name.trim(),
              mustMeet: phase.gate.mustMeet
                .map((criterion) => ({ ...criterion, text: criterion.text.trim() }))
                .filter((criterion) => criterion.text),
              shouldMeet: phase.gate.shouldMeet
                .map((criterion) => ({ ...criterion, text: criterion.text.trim() }))
                .filter((criterion) => criterion.text),
            },
          }
        : {}),
    })),
  };
}

/** What a save sends: the fields that differ from the template, `null` for a description emptied. */
export function patchOf(template: Template, draft: TemplateDraft): Partial<Record<keyof TemplateDraft, unknown>> {
  const clean = cleanDraft(draft);
  const patch: Partial<Record<keyof TemplateDraft, unknown>> = {};
  for (const field of draftFields) {
    if (!isSameValue(clean[field] ?? null, template[field] ?? null)) patch[field] = clean[field] ?? null;
  }
  return patch;
}

/** Whether the editor holds anything the template does not, blank rows just added included. */
export function isDraftChanged(template: Template, draft: TemplateDraft): boolean {
  const comparable = (each: TemplateDraft) => ({ ...each, description: each.description || undefined });
  return !isSameValue(comparable(draft), comparable(draftOf(template)));
}

/** Problems the form names before sending: the server would refuse them too (TemplateFieldsSchema). */
export type DraftProblem =
  | { kind: 'templateName' }
  | { kind: 'phaseName'; index: number }
  | { kind: 'gateName'; index: number };

export function findDraftProblem(draft: TemplateDraft): DraftProblem | undefined {
  const clean = cleanDraft(draft);
  if (!clean.name) return { kind: 'templateName' };
  const unnamed = clean.phases.findIndex((phase) => !phase.name);
  if (unnamed >= 0) return { kind: 'phaseName', index: unnamed };
  const gateless = clean.phases.findIndex((phase) => phase.gate && !phase.gate.name);
  if (gateless >= 0) return { kind: 'gateName', index: gateless };
  return undefined;
}
