import type { MemberSummary } from '../../../shared/api/schemas';
import type { AnyRecord } from '../../../shared/entities';
import { applyToMap } from '../../../shared/mutations/run-mutation';
import type { ProcessedMutation } from './faulty-network';

/** The clock the model runs its mutators with; what it stamps is left out of every comparison. */
const modelNow = '2026-03-02T12:00:00.000Z';

/**
 * Fields the server fills from its own clock or counter, which the model cannot know:
 * when a record was created and updated, the version that last touched it, when a risk was
 * escalated (stamped with the server's time) and the day an issue opened by `risk.occurred` was
 * raised (the server's date). The fuzz never sets those by hand, so leaving them out hides nothing.
 */
const serverStampedFields: Readonly<Record<string, readonly string[]>> = {
  '*': ['createdAt', 'updatedAt', 'version'],
  risk: ['escalatedAt'],
  issue: ['raisedOn'],
};

/** A record without the fields only the server's clock decides, for comparing with the model. */
export function withoutServerStamps(key: string, value: AnyRecord): Record<string, unknown> {
  const entity = key.slice(0, key.indexOf(':'));
  const copy: Record<string, unknown> = { ...value };
  for (const field of [...serverStampedFields['*'], ...(serverStampedFields[entity] ?? [])]) delete copy[field];
  return copy;
}

export interface ModelReplay {
  rows: Map<string, AnyRecord>;
  /** Mutations the model decided otherwise than the server (applied there, refused here, or the reverse). */
  disagreements: string[];
}

/**
 * The reference model: replays every mutation the server processed, in the order it processed
 * them, with the shared mutators over a Map (starting from what the server seeded), as the member who sent it. The server must have
 * applied exactly those the model applies and refused the others.
 */
export function replayProcessed(
  processed: readonly ProcessedMutation[],
  memberOf: (clientId: string) => MemberSummary,
  /** The records the server made itself before any browser pushed (a new workspace's built-in method). */
  seeded: ReadonlyMap<string, AnyRecord> = new Map(),
): ModelReplay {
  const rows = new Map<string, AnyRecord>(seeded);
  const disagreements: string[] = [];
  for (const mutation of processed) {
    const member = memberOf(mutation.clientId);
    const result = applyToMap(rows, mutation.name, mutation.args, {
      actorId: member.id,
      role: member.role,
      now: modelNow,
    });
    const modelStatus = result.ok ? 'applied' : `rejected (${result.error.code})`;
    const serverStatus = mutation.status === 'applied' ? 'applied' : `rejected (${mutation.error?.code})`;
    if (result.ok !== (mutation.status === 'applied')) {
      disagreements.push(
        `#${mutation.order} c${mutation.client} ${mutation.name} ${JSON.stringify(mutation.args)}: server ${serverStatus}, model ${modelStatus}`,
      );
    }
  }
  return { rows, disagreements };
}
