import type { GateReview } from '../../schemas/gate-review';
import type { Action, Decision, Issue } from '../../schemas/raid';
import type { Risk } from '../../schemas/risk';
import { rankActions, rankDecisions } from './raid-register';

/**
 * Links between a risk, its issue, the decisions and the actions, followed both ways: an action
 * names one record (`link`), a decision several (`links`), an issue the risk it came from (`riskId`).
 */

/** What an action or a decision may point at in a project. */
export type LinkableEntity = 'risk' | 'issue' | 'decision' | 'action' | 'gateReview';

/** A link as records store it (ItemLinkSchema): an entity name and an id. */
export interface RecordLink {
  entity: string;
  id: string;
}

/** `entity:id`, the key links are indexed by. */
export function linkKeyOf(link: RecordLink): string {
  return `${link.entity}:${link.id}`;
}

/** The actions linked to each record, by linkKeyOf, each list in the action list's default order. */
export function indexActionsByLink<A extends Action>(actions: readonly A[]): Map<string, A[]> {
  const byLink = new Map<string, A[]>();
  for (const action of rankActions(actions)) {
    if (!action.link) continue;
    const key = linkKeyOf(action.link);
    const list = byLink.get(key);
    if (list) list.push(action);
    else byLink.set(key, [action]);
  }
  return byLink;
}

/** The actions linked to one record, open first then by due date. */
export function actionsLinkedTo<A extends Action>(actions: readonly A[], target: RecordLink): A[] {
  return rankActions(actions.filter((action) => action.link?.entity === target.entity && action.link.id === target.id));
}

/** The decisions whose links name one record, the latest first. */
export function decisionsLinkedTo<D extends Decision>(decisions: readonly D[], target: RecordLink): D[] {
  return rankDecisions(
    decisions.filter((decision) =>
      decision.links.some((link) => link.entity === target.entity && link.id === target.id),
    ),
  );
}

/**
 * The issues a risk became: the one `risk.occurred` opened (the risk's `issueId`) and any other whose
 * `riskId` names the risk, once each, the risk's own first.
 */
export function issuesOfRisk<I extends Issue>(risk: Pick<Risk, 'id' | 'issueId'>, issues: readonly I[]): I[] {
  const own = risk.issueId === undefined ? undefined : issues.find((issue) => issue.id === risk.issueId);
  const others = issues.filter((issue) => issue.riskId === risk.id && issue.id !== risk.issueId);
  return own ? [own, ...others] : others;
}

/** A record a link resolves to, with the words that name it (a gate review has none: its phases name it). */
export type LinkedRecord =
  | { entity: 'risk'; id: string; title: string; record: Risk }
  | { entity: 'issue'; id: string; title: string; record: Issue }
  | { entity: 'decision'; id: string; title: string; record: Decision }
  | { entity: 'action'; id: string; title: string; record: Action }
  | { entity: 'gateReview'; id: string; title: undefined; record: GateReview };

/** The project's records a link may point at. */
export interface LinkableRecords {
  risks: readonly Risk[];
  issues: readonly Issue[];
  decisions: readonly Decision[];
  actions: readonly Action[];
  gateReviews: readonly GateReview[];
}

/**
 * Resolves links against one project's records in constant time each (built once per change, so a
 * list of 2,000 actions names its links cheaply). Undefined for a record that is not, or no longer,
 * in the project: a plain reference may outlive its target, and readers then show "no link"
 * (docs/domain.md "Deleting records that others belong to").
 */
export function createLinkResolver(
  records: LinkableRecords,
): (link: RecordLink | undefined) => LinkedRecord | undefined {
  const byKey = new Map<string, LinkedRecord>();
  for (const record of records.risks)
    byKey.set(`risk:${record.id}`, { entity: 'risk', id: record.id, title: record.title, record });
  for (const record of records.issues)
    byKey.set(`issue:${record.id}`, { entity: 'issue', id: record.id, title: record.title, record });
  for (const record of records.decisions)
    byKey.set(`decision:${record.id}`, { entity: 'decision', id: record.id, title: record.statement, record });
  for (const record of records.actions)
    byKey.set(`action:${record.id}`, { entity: 'action', id: record.id, title: record.title, record });
  for (const record of records.gateReviews)
    byKey.set(`gateReview:${record.id}`, { entity: 'gateReview', id: record.id, title: undefined, record });
  return (link) => (link ? byKey.get(linkKeyOf(link)) : undefined);
}
