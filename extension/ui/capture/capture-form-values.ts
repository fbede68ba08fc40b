import type { CaptureKind } from '../../../shared/capture/capture-draft';
import type { MessageInput, MessageOutputs } from '../../messaging/protocol';
import { localIsoDateAfter } from './capture-dates';

export type CaptureStart = MessageOutputs['capture.start'];
export type CaptureSaveInput = MessageInput<'capture.save'>;
export type CaptureSaved = MessageOutputs['capture.save'];
export type CapturePerson = CaptureStart['people'][number];
export type CapturePriority = 'low' | 'medium' | 'high' | 'critical';
export const capturePriorities: readonly CapturePriority[] = ['low', 'medium', 'high', 'critical'];

/** What the capture form holds while the user types: every field as the input shows it. */
export interface CaptureFormValues {
  kind: CaptureKind;
  projectId: string;
  title: string;
  cause: string;
  event: string;
  effect: string;
  probability: number;
  impact: number;
  owner: string;
  reviewDate: string;
  dueDate: string;
  priority: CapturePriority;
}

/** Which fields a kind asks for beyond its title and project (decisions take their date and maker from the capture). */
export const fieldsOfKind: Record<
  CaptureKind,
  { isRisk: boolean; hasOwner: boolean; hasDueDate: boolean; hasPriority: boolean }
> = {
  risk: { isRisk: true, hasOwner: true, hasDueDate: false, hasPriority: false },
  issue: { isRisk: false, hasOwner: true, hasDueDate: false, hasPriority: true },
  decision: { isRisk: false, hasOwner: false, hasDueDate: false, hasPriority: false },
  action: { isRisk: false, hasOwner: true, hasDueDate: true, hasPriority: false },
};

/** A review two weeks out: soon enough that a captured risk is looked at again, as docs/domain.md "Review and reporting cycles" asks. */
export const reviewAfterDays = 14;

/** The fields beyond kind, project and title before the user touches them: a middling 3 × 3, a review in two weeks. */
function untouchedFields(now: Date): Omit<CaptureFormValues, 'kind' | 'projectId' | 'title'> {
  return {
    cause: '',
    event: '',
    effect: '',
    probability: 3,
    impact: 3,
    owner: '',
    reviewDate: localIsoDateAfter(now, reviewAfterDays),
    dueDate: '',
    // An issue's default priority (shared/schemas/raid.ts).
    priority: 'medium',
  };
}

/** The form's first values: the draft's title and kind, the suggested (else first) project, a middling 3 × 3. */
export function initialCaptureValues(start: CaptureStart, now: Date): CaptureFormValues {
  return {
    kind: start.draft.kind,
    projectId: start.suggestedId ?? start.projects[0]?.id ?? '',
    title: start.draft.title,
    ...untouchedFields(now),
  };
}

/**
 * The risk fields' first values where the project and title live outside them (the Jira panel, which
 * raises into the mapped project): as a capture's, with the owner given (the Jira assignee).
 */
export function initialRiskValues(owner: string, now: Date): CaptureFormValues {
  return { kind: 'risk', projectId: '', title: '', ...untouchedFields(now), owner };
}

/** The owner as a person reference: a workspace person when the name is one of theirs, else just the name. */
export function toOwnerRef(
  name: string,
  people: readonly CapturePerson[],
): { personId?: string; name: string } | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const person = people.find((candidate) => candidate.name.trim().toLowerCase() === trimmed.toLowerCase());
  return person ? { personId: person.id, name: person.name } : { name: trimmed };
}

/** The fields of the values shown, as `capture.save` (and the Jira panel's `jira.raise`) take them: only the kind's, blanks left out. */
export function toCaptureFields(
  values: CaptureFormValues,
  people: readonly CapturePerson[],
): CaptureSaveInput['fields'] {
  const shape = fieldsOfKind[values.kind];
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  const owner = shape.hasOwner ? toOwnerRef(values.owner, people) : undefined;
  const fields = {
    ...(shape.isRisk
      ? {
          probability: values.probability,
          impact: values.impact,
          cause: text(values.cause),
          event: text(values.event),
          effect: text(values.effect),
          reviewDate: text(values.reviewDate),
        }
      : {}),
    ...(shape.hasDueDate ? { dueDate: text(values.dueDate) } : {}),
    ...(shape.hasPriority ? { priority: values.priority } : {}),
    owner,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as CaptureSaveInput['fields'];
}

/** The `capture.save` input for the values shown. */
export function toCaptureSave(values: CaptureFormValues, start: CaptureStart): CaptureSaveInput {
  return {
    kind: values.kind,
    projectId: values.projectId,
    title: values.title.trim(),
    fields: toCaptureFields(values, start.people),
    source: start.draft.source,
  };
}
