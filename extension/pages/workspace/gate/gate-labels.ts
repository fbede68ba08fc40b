import { i18n } from '#i18n';
import type { GateState } from '../../../../shared/methodology/gate-progress';
import type { GateDecision } from '../../../../shared/schemas/gate-review';

/** A gate decision as a person reads it (Cooper's go / kill / hold / recycle). */
export function decisionLabel(decision: GateDecision): string {
  return i18n.t(`workspaceGate.decision.${decision}`);
}

/** Where a gate stands, as the stepper and the history say it. */
export function gateStateLabel(state: GateState): string {
  return state === 'open' || state === 'waiting' ? i18n.t(`workspaceGate.state.${state}`) : decisionLabel(state);
}

/** The chip colour of a gate state: go is green, hold and recycle amber, kill red, nothing decided neutral. */
export function gateStateChip(state: GateState): string {
  if (state === 'go') return 'chip chip--green';
  if (state === 'hold' || state === 'recycle') return 'chip chip--amber';
  if (state === 'kill') return 'chip chip--red';
  return 'chip chip--none';
}

/** A weighted score 0–5 with one decimal, in the reader's language. */
export function formatGateScore(score: number | null, language: string): string {
  if (score === null) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
