import { z } from 'zod';
import { type CaptureDraft, captureKinds } from '../../shared/capture/capture-draft';
import type { CaptureProject, ProjectSuggestionReason } from '../../shared/capture/rank-projects';
import type { RiskMatrixSize } from '../../shared/risk-score';
import { IdSchema, IsoDateSchema, longText } from '../../shared/schemas/common';
import { PrioritySchema } from '../../shared/schemas/raid';
import { RiskRatingSchema, SourceSchema } from '../../shared/schemas/risk';

const KindSchema = z.enum(captureKinds);
/** A date field the form may leave empty (''): the capture then has none. */
const OptionalDaySchema = z.union([z.literal(''), IsoDateSchema]).optional();
/** A person typed or picked in the form; a blank name means nobody. */
const OwnerSchema = z.object({
  memberId: z.string().max(100).optional(),
  personId: IdSchema.optional(),
  name: z.string().max(200),
});

/** What the capture form sets beyond the title (extension/ui/capture); the Jira panel's risk form sends the same. */
export const CaptureFieldsSchema = z.object({
  probability: RiskRatingSchema.optional(),
  impact: RiskRatingSchema.optional(),
  owner: OwnerSchema.optional(),
  reviewDate: OptionalDaySchema,
  cause: longText(2000).optional(),
  event: longText(2000).optional(),
  effect: longText(2000).optional(),
  dueDate: OptionalDaySchema,
  priority: PrioritySchema.optional(),
});

/** Inputs of the capture card's and the popup capture form's messages; protocol.ts lists them with the others. */
export const captureMessageInputSchemas = {
  /**
   * The pending capture's draft and what the form offers (projects, people). The card asks for its
   * tab's; the popup asks `fromPopup` for the one left where the card could not run (then forgotten).
   */
  'capture.start': z.object({ fromPopup: z.boolean().optional() }),
  /** Creates the captured record in the active workspace (offline too) and remembers the project. */
  'capture.save': z.object({
    kind: KindSchema,
    projectId: IdSchema,
    title: z.string().max(2000),
    fields: CaptureFieldsSchema,
    source: SourceSchema,
  }),
  /** Deletes a record just captured (the toast's Undo); the delete syncs like any edit. */
  'capture.undo': z.object({ id: IdSchema, kind: KindSchema }),
  /** Shows a record just captured: the popup (the side panel once it exists). */
  'capture.open': z.object({ id: IdSchema, kind: KindSchema }),
  /** Opens the extension's settings page (to join a workspace). */
  'options.open': z.object({}),
};

/** What the capture form starts from. `workspace` null: no workspace joined, the form says where to join one. */
export interface CaptureStart {
  draft: CaptureDraft;
  /** Best first: the suggested project, then the last used, then by code. */
  projects: CaptureProject[];
  suggestedId: string | null;
  suggestionReason: ProjectSuggestionReason | null;
  /** The workspace's people, for the owner field, by name. */
  people: { id: string; name: string }[];
  workspace: { id: string; name: string } | null;
  /** The score above which a threat must be escalated (workspace settings). */
  appetite?: number;
  /** The workspace's risk matrix, which the live score is banded on. */
  riskMatrix?: RiskMatrixSize;
}

/** A record a capture created. */
export interface CaptureSaved {
  id: string;
  kind: CaptureDraft['kind'];
}
