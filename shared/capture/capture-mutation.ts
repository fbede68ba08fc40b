import type { MutationName } from '../mutations/registry';
import type { PersonRef } from '../schemas/common';
import { type CaptureKind, type CaptureSource, captureLimits, clipText, collapseToLine } from './capture-draft';

/** Ratings a captured risk starts with when the user picks none: the middle of the 5×5 matrix. */
export const defaultCaptureRating = { probability: 3, impact: 3 } as const;

/** What the capture form may set beyond the title; each kind keeps only the fields it has. */
export interface CaptureFields {
  probability?: number;
  impact?: number;
  owner?: PersonRef;
  /** `YYYY-MM-DD`. */
  reviewDate?: string;
  cause?: string;
  event?: string;
  effect?: string;
  /** `YYYY-MM-DD`: an issue's or an action's. */
  dueDate?: string;
  /** An issue's. */
  priority?: 'low' | 'medium' | 'high' | 'critical';
}

export interface CaptureMutationInput {
  kind: CaptureKind;
  projectId: string;
  title: string;
  fields: CaptureFields;
  source: Partial<CaptureSource>;
  /** `YYYY-MM-DD`, the user's day: raisedOn, and a decision's decidedOn. */
  today: string;
  /** The member capturing: a risk's raisedBy and a decision's decider. */
  memberName: string;
  newId: () => string;
}

export interface CaptureMutation {
  name: MutationName;
  args: Record<string, unknown> & { id: string };
}

const createMutations = {
  risk: 'risk.create',
  issue: 'issue.create',
  decision: 'decision.create',
  action: 'action.create',
} as const satisfies Record<CaptureKind, MutationName>;

/** A decision's statement may be longer than the other titles. */
const titleLimits: Record<CaptureKind, number> = { risk: 300, issue: 300, action: 300, decision: 1000 };

/** Copies every field that holds something: records never store undefined or blank text. */
function withFilled(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && !(typeof value === 'string' && !value.trim())),
  );
}

/** The source as a record keeps it: within the schema's limits, empty parts left out. */
function cleanSource(source: Partial<CaptureSource>): Record<string, unknown> {
  return withFilled({
    url: source.url?.trim().slice(0, captureLimits.url),
    pageTitle: source.pageTitle === undefined ? undefined : clipText(source.pageTitle.trim(), captureLimits.pageTitle),
    quote: source.quote === undefined ? undefined : clipText(source.quote, captureLimits.quote),
    jiraKey: source.jiraKey?.trim().slice(0, 50),
  });
}

function cleanOwner(owner: PersonRef | undefined): PersonRef | undefined {
  const name = owner ? collapseToLine(owner.name) : '';
  return owner && name ? { ...owner, name: clipText(name, 200) } : undefined;
}

/**
 * The create mutation of a capture (`risk.create`, `issue.create`…): a fresh id, the title on one
 * line, the source, and the fields the kind has. A risk without ratings starts at 3 × 3 and is
 * raised today by the member; a decision is decided today by the member. Pure: ids from `newId`.
 */
export function captureMutation(input: CaptureMutationInput): CaptureMutation {
  const { kind, projectId, fields, today } = input;
  const title = clipText(collapseToLine(input.title), titleLimits[kind]);
  const memberName = clipText(collapseToLine(input.memberName), 200);
  const owner = cleanOwner(fields.owner);
  const source = cleanSource(input.source);
  const base = { id: input.newId(), projectId, ...(Object.keys(source).length > 0 ? { source } : {}) };
  // The title stays even when blank, so the mutator's refusal names it.
  const titled = kind === 'decision' ? { statement: title } : { title };
  const byKind: Record<CaptureKind, Record<string, unknown>> = {
    risk: {
      probability: fields.probability ?? defaultCaptureRating.probability,
      impact: fields.impact ?? defaultCaptureRating.impact,
      owner,
      reviewDate: fields.reviewDate,
      cause: fields.cause,
      event: fields.event,
      effect: fields.effect,
      raisedOn: today,
      raisedBy: memberName,
    },
    issue: { owner, priority: fields.priority, dueDate: fields.dueDate, raisedOn: today },
    decision: { decidedOn: today, decidedBy: memberName || owner?.name },
    action: { owner, dueDate: fields.dueDate },
  };
  return { name: createMutations[kind], args: { ...base, ...titled, ...withFilled(byKind[kind]) } };
}
