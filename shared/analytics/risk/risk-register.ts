import { bandOfScore, type RiskBand, type RiskMatrixSize } from '../../risk-score';
import type { Risk } from '../../schemas/risk';
import { daysBetween } from '../resources/iso-day';
import { currentScore, isOpenRisk, type RatingBasis, ratingOf } from './risk-rating';
import { rankRisks } from './top-risks';

/** A risk as the register lists it. */
export type RegisterRisk = Pick<
  Risk,
  | 'id'
  | 'title'
  | 'kind'
  | 'status'
  | 'probability'
  | 'impact'
  | 'residualProbability'
  | 'residualImpact'
  | 'costImpact'
  | 'proximity'
  | 'reviewDate'
  | 'owner'
  | 'category'
  | 'cause'
  | 'event'
  | 'effect'
  | 'description'
  | 'ref'
>;

/** One cell of the heat map: the open risks rated `probability` × `impact` on `basis`. */
export interface HeatMapCell {
  basis: RatingBasis;
  probability: number;
  impact: number;
}

/** What the register is narrowed to; every part is optional and they all apply together. */
export interface RegisterFilter {
  statuses?: readonly Risk['status'][];
  /** An owner's key (ownerKeyOf); `none` for risks without an owner. */
  ownerKey?: string;
  proximities?: readonly NonNullable<Risk['proximity']>[];
  bands?: readonly RiskBand[];
  /** Only open risks whose review date has passed (the health check's "review overdue"). */
  isReviewOverdue?: boolean;
  /** Words that must all appear in the title, statement, category, owner or ref (any case, any accents). */
  text?: string;
  cell?: HeatMapCell;
}

export type RegisterSortKey = 'score' | 'title' | 'owner' | 'status' | 'proximity' | 'reviewDate';
export interface RegisterSort {
  key: RegisterSortKey;
  direction: 'asc' | 'desc';
}

/** The owner a filter and a sort go by: the person's id, else the member's, else the name; `none` without one. */
export function ownerKeyOf(risk: Pick<Risk, 'owner'>): string {
  const owner = risk.owner;
  if (!owner) return 'none';
  return owner.personId
    ? `person:${owner.personId}`
    : owner.memberId
      ? `member:${owner.memberId}`
      : `name:${owner.name}`;
}

/** One owner the register can be filtered by: the key `ownerKeyOf` gives, the name shown, and how many risks they own. */
export interface RegisterOwner {
  key: string;
  name: string;
  count: number;
}

/**
 * The owners of a register, once each (by `ownerKeyOf`, so two people who share a name stay apart),
 * by name then key; risks nobody owns come last under the key `none` with an empty name.
 */
export function listRegisterOwners(risks: readonly Pick<Risk, 'owner'>[]): RegisterOwner[] {
  const owners = new Map<string, RegisterOwner>();
  for (const risk of risks) {
    const key = ownerKeyOf(risk);
    const known = owners.get(key);
    if (known) known.count++;
    else owners.set(key, { key, name: risk.owner?.name ?? '', count: 1 });
  }
  const unowned = owners.get('none');
  owners.delete('none');
  const named = [...owners.values()].sort(
    (a, b) => compareText(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return unowned ? [...named, unowned] : named;
}

/** An open risk whose next review is before `today` (risk-review-overdue in shared/health/rules flags the same). */
export function isRiskReviewOverdue(risk: Pick<Risk, 'status' | 'reviewDate'>, today: string): boolean {
  return isOpenRisk(risk) && risk.reviewDate !== undefined && daysBetween(risk.reviewDate, today) > 0;
}

/** Lower case without accents, so "Délai" is found by "delai". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded text per risk object: records are replaced, never changed, so a search keystroke folds only new ones. */
const searchableTexts = new WeakMap<RegisterRisk, string>();

function searchableText(risk: RegisterRisk): string {
  let text = searchableTexts.get(risk);
  if (text === undefined) {
    text = fold(
      [risk.title, risk.ref, risk.category, risk.cause, risk.event, risk.effect, risk.description, risk.owner?.name]
        .filter((part) => typeof part === 'string')
        .join('\n'),
    );
    searchableTexts.set(risk, text);
  }
  return text;
}

/** Whether a risk passes every part of the filter, as of `today`, banded on the workspace's matrix. */
export function matchesRegisterFilter(
  risk: RegisterRisk,
  filter: RegisterFilter,
  context: { today: string; matrix?: RiskMatrixSize | null },
): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(risk.status)) return false;
  if (filter.ownerKey !== undefined && ownerKeyOf(risk) !== filter.ownerKey) return false;
  if (filter.proximities?.length && (!risk.proximity || !filter.proximities.includes(risk.proximity))) return false;
  if (filter.bands?.length && !filter.bands.includes(bandOfScore(currentScore(risk), context.matrix))) return false;
  if (filter.isReviewOverdue && !isRiskReviewOverdue(risk, context.today)) return false;
  if (filter.cell) {
    // The heat map counts open risks only (buildHeatMap), so a cell lists exactly what it counted.
    if (!isOpenRisk(risk)) return false;
    const { probability, impact } = ratingOf(risk, filter.cell.basis);
    if (probability !== filter.cell.probability || impact !== filter.cell.impact) return false;
  }
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length > 0) {
    const text = searchableText(risk);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

const proximityOrder: Record<NonNullable<Risk['proximity']>, number> = {
  imminent: 0,
  this_phase: 1,
  this_project: 2,
  beyond: 3,
};
const statusOrder: Record<Risk['status'], number> = { open: 0, mitigating: 1, occurred: 2, closed: 3 };

/** Plain code-unit order, so a sort is the same on every machine and locale; ties go by rank. */
function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0;
}

/**
 * The register in `sort` order. Score sorts with rankRisks (current score, then its tie-breaks), so
 * "highest first" is the order of every other list of risks; other keys fall back to that order on
 * ties, and risks without the value go last whichever the direction.
 */
export function sortRiskRegister<R extends RegisterRisk>(risks: readonly R[], sort: RegisterSort): R[] {
  const ranked = rankRisks(risks);
  if (sort.key === 'score') return sort.direction === 'desc' ? ranked : [...ranked].reverse();
  const sign = sort.direction === 'asc' ? 1 : -1;
  const sortValueOf = (risk: R): string | number | undefined => {
    switch (sort.key) {
      case 'title':
        return risk.title;
      case 'owner':
        return risk.owner?.name;
      case 'status':
        return statusOrder[risk.status];
      case 'proximity':
        return risk.proximity === undefined ? undefined : proximityOrder[risk.proximity];
      case 'reviewDate':
        return risk.reviewDate;
    }
  };
  // Each value read (and text folded) once, not twice per comparison: a 500-risk register makes
  // thousands of comparisons per click (bench/workspace/run.mjs). Ranked order breaks ties.
  const entries = ranked.map((risk, rank) => {
    const value = sortValueOf(risk);
    return { risk, rank, value: typeof value === 'string' ? fold(value) : value };
  });
  entries.sort((a, b) => {
    const [left, right] = [a.value, b.value];
    if (left === undefined || right === undefined) {
      if (left !== right) return left === undefined ? 1 : -1;
    } else {
      const order = typeof left === 'number' ? left - (right as number) : left < right ? -1 : left > right ? 1 : 0;
      if (order !== 0) return sign * order;
    }
    return a.rank - b.rank;
  });
  return entries.map((entry) => entry.risk);
}

/** The register filtered then sorted: what a register screen lists. */
export function queryRiskRegister<R extends RegisterRisk>(
  risks: readonly R[],
  filter: RegisterFilter,
  sort: RegisterSort,
  context: { today: string; matrix?: RiskMatrixSize | null },
): R[] {
  return sortRiskRegister(
    risks.filter((risk) => matchesRegisterFilter(risk, filter, context)),
    sort,
  );
}
