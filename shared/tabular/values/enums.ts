import { buildSynonymMap, normalizeLabel } from '../synonyms';
import type { ImportEntity } from '../types';
import { asIs, type CellOutcome, converted, refused } from './cell';

type Vocabulary = readonly (readonly [string | boolean, readonly string[]])[];

const closedWords = [
  'closed',
  'clos',
  'close',
  'fermé',
  'fermée',
  'terminé',
  'terminée',
  'done',
  'clôturé',
  'clôturée',
];
const openWords = ['open', 'ouvert', 'ouverte', 'nouveau', 'nouvelle', 'new', 'à traiter', 'to do', 'todo', 'à faire'];
const ongoingWords = ['in progress', 'en cours', 'en traitement', 'ongoing', 'wip', 'started', 'démarré', 'démarrée'];

const riskStatus: Vocabulary = [
  ['open', [...openWords, 'actif', 'active', 'identified', 'identifié', 'identifiée', 'surveillé', 'monitored']],
  ['mitigating', ['mitigating', ...ongoingWords, 'atténuation', 'en atténuation', 'mitigation', 'en mitigation']],
  ['closed', [...closedWords, 'résolu', 'resolved', 'sans objet', 'retired', 'archivé', 'expiré', 'expired']],
  ['occurred', ['occurred', 'survenu', 'survenue', 'matérialisé', 'matérialisée', 'realised', 'realized']],
];
const issueStatus: Vocabulary = [
  ['open', openWords],
  ['in_progress', ongoingWords],
  ['resolved', ['resolved', 'résolu', 'résolue', 'fixed', 'corrigé']],
  ['closed', closedWords],
];
// An action has no status, only `done`: the status column says whether it is.
const actionStatus: Vocabulary = [
  [true, [...closedWords, 'fait', 'faite', 'completed', 'complete', 'réalisé', 'réalisée', 'resolved', 'résolu']],
  [false, [...openWords, ...ongoingWords, 'not started', 'non commencé', 'en retard', 'late', 'overdue', 'blocked']],
];
const priority: Vocabulary = [
  ['low', ['low', 'faible', 'basse', 'bas', 'p4', 'minor', 'mineure', 'mineur']],
  ['medium', ['medium', 'moyenne', 'moyen', 'normal', 'normale', 'p3', 'modérée', 'modéré']],
  ['high', ['high', 'haute', 'élevée', 'élevé', 'haut', 'important', 'importante', 'p2', 'majeure', 'majeur']],
  ['critical', ['critical', 'critique', 'urgent', 'urgente', 'bloquant', 'bloquante', 'blocker', 'p1', 'very high']],
];
const kind: Vocabulary = [
  ['threat', ['threat', 'menace', 'négatif', 'négative', 'negative', 'risk', 'risque']],
  ['opportunity', ['opportunity', 'opportunité', 'positif', 'positive']],
];
const proximity: Vocabulary = [
  ['imminent', ['imminent', 'immédiat', 'immediate']],
  ['this_phase', ['this phase', 'cette phase', 'phase en cours', 'current phase', 'phase actuelle']],
  ['this_project', ['this project', 'ce projet', 'projet', 'project', 'dans le projet']],
  ['beyond', ['beyond', 'au delà', 'après le projet', 'after the project', 'hors projet']],
];
const responseStrategy: Vocabulary = [
  ['avoid', ['avoid', 'éviter', 'évitement', 'eliminate', 'supprimer']],
  ['mitigate', ['mitigate', 'atténuer', 'réduire', 'reduce', 'réduction', 'atténuation', 'mitigation']],
  ['transfer', ['transfer', 'transférer', 'transfert', 'assurer', 'insure']],
  ['accept', ['accept', 'accepter', 'acceptation', 'tolérer', 'tolerate', 'retain']],
  ['escalate', ['escalate', 'escalader', 'remonter', 'escalade', 'escalation']],
  ['exploit', ['exploit', 'exploiter']],
  ['enhance', ['enhance', 'améliorer', 'augmenter', 'renforcer']],
  ['share', ['share', 'partager', 'partage']],
];
const issueType: Vocabulary = [
  ['problem', ['problem', 'problème', 'incident', 'bug', 'défaut', 'anomalie']],
  ['change_request', ['change request', 'demande de changement', 'demande de modification', 'cr', 'rfc', 'change']],
  ['off_specification', ['off specification', 'off spec', 'hors spécification', 'hors spec', 'non conformité']],
];
const escalationLevel: Vocabulary = [
  ['project', ['project', 'projet']],
  ['programme', ['programme', 'program']],
  ['portfolio', ['portfolio', 'portefeuille']],
  ['board', ['board', 'comité', 'comité de pilotage', 'copil', 'direction', 'steering committee', 'codir']],
];

/** Each vocabulary also accepts its own values ("change_request" reads as "change request"). */
function compile(vocabulary: Vocabulary) {
  const map = buildSynonymMap(vocabulary.map(([value, names]) => [value, [String(value), ...names]] as const));
  const allowed = vocabulary.map(([value]) => String(value)).join(', ');
  return { map, allowed };
}

const vocabularies: Record<string, ReturnType<typeof compile>> = {
  'risk.status': compile(riskStatus),
  'issue.status': compile(issueStatus),
  'action.status': compile(actionStatus),
  'issue.priority': compile(priority),
  'risk.kind': compile(kind),
  'risk.proximity': compile(proximity),
  'risk.responseStrategy': compile(responseStrategy),
  'issue.issueType': compile(issueType),
  'issue.escalationLevel': compile(escalationLevel),
};

/** Whether an entity's field is read through a vocabulary. */
export function hasVocabulary(entity: ImportEntity, field: string): boolean {
  return `${entity}.${field}` in vocabularies;
}

/**
 * An enum value through English and French synonyms ("En cours" is `mitigating` for a risk,
 * `in_progress` for an issue; an action's status reads as `done` true/false).
 */
export function parseEnumCell(entity: ImportEntity, field: string, text: string): CellOutcome<string | boolean> {
  const vocabulary = vocabularies[`${entity}.${field}`];
  const trimmed = text.trim();
  if (!vocabulary) return asIs(trimmed);
  const value = vocabulary.map.get(normalizeLabel(trimmed));
  if (value === undefined)
    return refused('unknown_value', `${trimmed} is not a known ${field}; use one of: ${vocabulary.allowed}`);
  return value === trimmed ? asIs(value) : converted(value, 'enum_synonym');
}
