import { i18n } from '#i18n';
import type { RagMove } from '../../../shared/analytics/portfolio/dashboard-types';
import type { RagDimension } from '../../../shared/schemas/status-report';

const remembered = new Map<string, string>();

/**
 * A text read once per page: the page's language cannot change while it is open, and each
 * `i18n.t` is a call into the browser's extension API, which the grid of 200 projects would make
 * thousands of times per render (bench/dashboard measured it among the top costs of a filter change).
 */
export function rememberText(id: string, read: () => string): string {
  let text = remembered.get(id);
  if (text === undefined) {
    text = read();
    remembered.set(id, text);
  }
  return text;
}

/** A project state in words, as the workspace app names it. */
export function describeState(state: string): string {
  const known = ['proposed', 'active', 'on_hold', 'closed', 'cancelled'];
  return known.includes(state)
    ? rememberText(`state:${state}`, () => i18n.t(`workspace.states.${state as 'active'}`))
    : state;
}

/** A RAG dimension's name. */
export function describeDimension(dimension: RagDimension | 'overall'): string {
  return rememberText(`dimension:${dimension}`, () => i18n.t(`dashboard.dimensions.${dimension}`));
}

/** The arrow of a reported light's move and its words, so the arrow is never the only signal. */
export function describeMove(move: RagMove | undefined): { arrow: string; text: string } | undefined {
  if (!move) return undefined;
  const arrow = move === 'better' ? '↑' : move === 'worse' ? '↓' : '→';
  return { arrow, text: rememberText(`move:${move}`, () => i18n.t(`dashboard.moves.${move}`)) };
}
