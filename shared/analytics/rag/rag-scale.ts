import type { MessageRef } from '../../i18n/message-ref';
import type { Rag } from '../../schemas/common';
import type { RagDimension } from '../../schemas/status-report';
import type { WorkspaceSettingsFields } from '../../schemas/workspace-settings';

/** Settings the suggested RAG reads. */
export type RagSettings = Pick<WorkspaceSettingsFields, 'ragThresholds' | 'riskAppetite'>;
export type RagThresholds = WorkspaceSettingsFields['ragThresholds'];

/** Tuning of the dimensions the workspace settings do not cover. */
export interface RagOptions {
  /** Weeks after the current one in which an over-allocation counts (resources). */
  horizonWeeks: number;
  /** Open change requests from which scope turns amber. */
  maxOpenChangeRequests: number;
}

export const defaultRagOptions: RagOptions = { horizonWeeks: 4, maxOpenChangeRequests: 3 };

/** A dimension's suggestion; `rag: null` means not enough data to suggest anything (never a fake green). */
export interface DimensionSuggestion {
  dimension: RagDimension;
  rag: Rag | null;
  /** One sentence saying why, as a catalog key and params. */
  reason: MessageRef;
}

/** One banded signal of a dimension (e.g. the SPI band) and the sentence that explains it. */
export interface Signal {
  rag: Rag;
  reason: MessageRef;
}

const rank: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** 0 green, 1 amber, 2 red: higher is worse. */
export function ragRank(rag: Rag): number {
  return rank[rag];
}

/**
 * The worst of the signals; on a tie the first listed explains it. Banding every signal and
 * keeping the worst means one good figure never hides a bad one.
 */
export function worstSignal(signals: readonly Signal[]): Signal | undefined {
  let worst: Signal | undefined;
  for (const signal of signals) if (!worst || rank[signal.rag] > rank[worst.rag]) worst = signal;
  return worst;
}

/** A performance index (SPI, CPI): green ≥ greenIndex, amber ≥ amberIndex, red below. */
export function bandIndex(value: number, thresholds: RagThresholds): Rag {
  if (value >= thresholds.greenIndex) return 'green';
  if (value >= thresholds.amberIndex) return 'amber';
  return 'red';
}

/** A slip in working days: green ≤ greenSlipDays, amber ≤ amberSlipDays, red beyond. */
export function bandSlip(days: number, thresholds: RagThresholds): Rag {
  if (days <= thresholds.greenSlipDays) return 'green';
  if (days <= thresholds.amberSlipDays) return 'amber';
  return 'red';
}
