import type { ImportKind } from './types';

const marks = /\p{M}/gu;
const apostrophes = /[’'`´]/g;
const punctuation = /[^a-z0-9%#]+/g;

const foldedLabels = new Map<string, string>();
const maxFoldedLabels = 20_000;

/**
 * A header or cell label folded for comparison: lower case, accents removed, punctuation and
 * spacing collapsed to single spaces ("Date d’échéance" = "date d echeance", "N°" = "n", "Prob." = "prob").
 * Memoised: register cells repeat the same few labels thousands of times.
 */
export function normalizeLabel(text: string): string {
  let folded = foldedLabels.get(text);
  if (folded !== undefined) return folded;
  folded = text
    .normalize('NFD')
    .replace(marks, '')
    .toLowerCase()
    .replace(apostrophes, ' ')
    .replace(punctuation, ' ')
    .trim();
  if (foldedLabels.size >= maxFoldedLabels) foldedLabels.clear();
  foldedLabels.set(text, folded);
  return folded;
}

/** Builds a Map from normalised synonyms to values; the first value to claim a synonym keeps it. */
export function buildSynonymMap<T>(entries: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of entries) {
    for (const name of names) {
      const key = normalizeLabel(name);
      if (key !== '' && !map.has(key)) map.set(key, value);
    }
  }
  return map;
}

/** A field's header names in English and French; `kinds` limits an entry to some import kinds. */
interface HeaderSynonyms {
  field: string;
  names: readonly string[];
  kinds?: readonly ImportKind[];
}

const dueNames = [
  'due date',
  'due',
  'échéance',
  "date d'échéance",
  'date cible',
  'target date',
  'deadline',
  'date limite',
];

// Order matters: when two fields of a kind share a name, the entry declared first wins it.
export const headerSynonyms: readonly HeaderSynonyms[] = [
  { field: 'id', names: ['pmo id', 'interim pmo id', 'id interim pmo', 'identifiant pmo', 'uuid'] },
  {
    field: 'type',
    names: ['type', 'raid type', 'type raid', 'item type', "type d'élément", 'catégorie raid'],
    kinds: ['raid'],
  },
  {
    field: 'type',
    names: ['type', 'task type', 'type de tâche', 'item type', "type d'élément", 'nature'],
    kinds: ['plan'],
  },
  {
    field: 'baselineDate',
    names: ['baseline', 'baseline date', 'référence', 'date de référence', 'baseline finish', 'fin de référence'],
    kinds: ['plan'],
  },
  { field: 'baselineDate', names: ['date initiale', 'date contractuelle', 'original date', 'planned date'] },
  {
    field: 'ref',
    names: [
      'ref',
      'réf',
      'référence',
      'id',
      'n°',
      'no',
      'num',
      'numéro',
      'number',
      '#',
      'identifiant',
      'code',
      'key',
      'clé',
      'risk id',
      'id risque',
      'risk no',
      'risk number',
      'numéro du risque',
      'issue id',
      'raid id',
      'task id',
      'id tâche',
      'wbs',
      'edt',
    ],
  },
  { field: 'person', names: ['name', 'nom', 'person', 'personne', 'ressource', 'resource', 'collaborateur', 'membre'] },
  {
    field: 'person',
    names: ['member', 'employee', 'salarié', 'consultant', 'full name', 'nom complet', 'prénom nom', 'intervenant'],
  },
  { field: 'person', names: ['team member', 'who', 'qui'], kinds: ['resources'] },
  {
    field: 'title',
    names: [
      'title',
      'titre',
      'intitulé',
      'libellé',
      'name',
      'nom',
      'summary',
      'résumé',
      'subject',
      'sujet',
      'objet',
      'risk',
      'risque',
      'intitulé du risque',
      'risk title',
      'risk name',
      'nom du risque',
      'issue',
      'task',
      'tâche',
      'task name',
      'nom de la tâche',
      'activity',
      'activité',
      'item',
      'élément',
      'statement',
      'décision',
      'decision',
    ],
  },
  { field: 'title', names: ['jalon', 'jalons', 'milestone', 'milestones', 'livrable', 'deliverable'], kinds: ['plan'] },
  { field: 'kind', names: ['kind', 'menace opportunité', 'threat opportunity', 'threat or opportunity', 'risk kind'] },
  { field: 'kind', names: ['nature'], kinds: ['risk'] },
  {
    field: 'category',
    names: ['category', 'catégorie', 'type de risque', 'risk type', 'risk category', 'domaine', 'thème', 'famille'],
  },
  { field: 'category', names: ['type'], kinds: ['risk'] },
  { field: 'severity', names: ['severity', 'gravité', 'sévérité'], kinds: ['raid'] },
  { field: 'description', names: ['description', 'détails', 'details', 'risk description', 'description du risque'] },
  { field: 'cause', names: ['cause', 'causes', 'origine'] },
  { field: 'event', names: ['event', 'événement', 'risk event'] },
  {
    field: 'effect',
    names: ['effect', 'effet', 'effets', 'conséquence', 'conséquences', 'consequence', 'consequences'],
  },
  {
    field: 'owner',
    names: [
      'owner',
      'propriétaire',
      'responsable',
      'porteur',
      'pilote',
      'assigned to',
      'assignee',
      'assigné à',
      'risk owner',
      'propriétaire du risque',
      'action owner',
      'resp',
      'who',
      'qui',
    ],
  },
  { field: 'actionee', names: ['actionee', "chargé de l'action", 'exécutant', 'action by'] },
  {
    field: 'raisedBy',
    names: ['raised by', 'identifié par', 'émetteur', 'author', 'auteur', 'reported by', 'signalé par'],
  },
  {
    field: 'raisedOn',
    names: [
      'raised on',
      'date raised',
      'date identified',
      'identified on',
      "date d'identification",
      'identifié le',
      'date de création',
      'created',
      'date',
      'date de détection',
      'ouvert le',
      'opened',
      "date d'ouverture",
      'logged',
    ],
  },
  {
    field: 'probability',
    names: [
      'probability',
      'probabilité',
      'likelihood',
      'prob',
      'proba',
      'p',
      'vraisemblance',
      'occurrence',
      'fréquence',
    ],
  },
  { field: 'impact', names: ['impact', 'gravité', 'severity', 'sévérité', 'i'] },
  {
    field: 'residualProbability',
    names: ['residual probability', 'probabilité résiduelle', 'prob résiduelle', 'post mitigation probability'],
  },
  { field: 'residualImpact', names: ['residual impact', 'impact résiduel', 'post mitigation impact'] },
  {
    field: 'costImpact',
    names: [
      'cost impact',
      'impact financier',
      'coût',
      'cost',
      'impact coût',
      'montant',
      'financial impact',
      'coût estimé',
      'estimated cost',
      'coût du risque',
    ],
  },
  { field: 'proximity', names: ['proximity', 'proximité', 'horizon'] },
  {
    field: 'responseStrategy',
    names: [
      'response strategy',
      'response',
      'strategy',
      'stratégie',
      'stratégie de réponse',
      'réponse',
      'traitement',
      'type de réponse',
    ],
  },
  {
    field: 'responseActions',
    names: [
      'response actions',
      'actions',
      'mitigation',
      "plan d'action",
      'actions de mitigation',
      "actions d'atténuation",
      'mesures',
      'plan de mitigation',
      'mitigation actions',
      'mitigation plan',
      'action plan',
    ],
  },
  { field: 'triggers', names: ['triggers', 'trigger', 'déclencheurs', 'déclencheur', 'signaux'] },
  { field: 'contingencyPlan', names: ['contingency plan', 'plan de contingence', 'plan de secours', 'contingency'] },
  { field: 'dueDate', names: dueNames },
  {
    field: 'end',
    names: ['end', 'fin', 'date de fin', 'end date', 'finish', 'date fin', 'fin prévue', 'planned finish'],
  },
  { field: 'end', names: [...dueNames, 'forecast', 'prévision', 'date prévue', 'date'] },
  { field: 'reviewDate', names: ['review date', 'date de revue', 'prochaine revue', 'next review', ...dueNames] },
  { field: 'status', names: ['status', 'statut', 'état', 'state'] },
  { field: 'priority', names: ['priority', 'priorité', 'prio', 'urgence', 'urgency'] },
  {
    field: 'issueType',
    names: ['issue type', "type d'issue", 'type de problème', "type d'incident", 'type of issue'],
  },
  { field: 'resolution', names: ['resolution', 'résolution', 'solution'] },
  { field: 'escalationLevel', names: ['escalation level', "niveau d'escalade", 'escalade', 'escalation'] },
  { field: 'decidedOn', names: ['decided on', 'decision date', 'date de décision', 'décidé le', 'date décision'] },
  { field: 'decidedBy', names: ['decided by', 'décidé par', 'decision maker', 'décideur'] },
  { field: 'rationale', names: ['rationale', 'justification', 'motif', 'raison', 'reason'] },
  { field: 'done', names: ['done', 'fait', 'terminé', 'completed', 'réalisé', 'complete'] },
  {
    field: 'start',
    names: ['start', 'début', 'date de début', 'start date', 'begin', 'démarrage', 'date début', 'début prévu'],
  },
  { field: 'start', names: ['planned start'] },
  {
    field: 'durationDays',
    names: ['duration', 'durée', 'duration days', 'durée jours', 'durée j', 'days', 'jours', 'nb jours', 'work days'],
  },
  { field: 'actualDate', names: ['actual', 'actual date', 'date réelle', 'réalisé le', 'actual finish', 'fin réelle'] },
  {
    field: 'percentComplete',
    names: [
      '% complete',
      'percent complete',
      'complete %',
      '% achevé',
      'avancement',
      '% avancement',
      'progress',
      'progression',
      '% réalisé',
      "pourcentage d'avancement",
    ],
  },
  { field: 'percentComplete', names: ['%'], kinds: ['plan'] },
  { field: 'effortHours', names: ['effort', 'effort hours', 'effort h', 'charge', 'charge h', 'work', 'travail'] },
  { field: 'effortHours', names: ['heures', 'hours'], kinds: ['plan'] },
  {
    field: 'plannedValue',
    names: ['planned value', 'budget', 'pv', 'valeur planifiée', 'coût prévu', 'budgeted cost'],
  },
  { field: 'actualCost', names: ['actual cost', 'coût réel', 'ac', 'dépensé', 'spent'] },
  {
    field: 'predecessors',
    names: [
      'predecessors',
      'predecessor',
      'prédécesseurs',
      'prédécesseur',
      'dépendances',
      'dependencies',
      'depends on',
    ],
  },
  { field: 'predecessors', names: ['dépend de', 'antécédents'] },
  { field: 'mandatory', names: ['mandatory', 'obligatoire'] },
  {
    field: 'acceptanceCriteria',
    names: ['acceptance criteria', "critères d'acceptation", 'critères de validation', 'critères'],
  },
  { field: 'jiraKey', names: ['jira key', 'jira', 'clé jira', 'jira issue'] },
  { field: 'email', names: ['email', 'e mail', 'mail', 'courriel', 'adresse email', 'adresse e mail'] },
  { field: 'role', names: ['role', 'rôle', 'fonction', 'poste', 'job title', 'profil', 'profile', 'métier'] },
  {
    field: 'capacityHoursPerWeek',
    names: [
      'capacity',
      'capacité',
      'capacity hours week',
      'capacité hebdo',
      'disponibilité',
      'availability',
      'hours available',
      'temps de travail',
    ],
  },
  { field: 'project', names: ['project', 'projet', 'code projet', 'project code', 'nom du projet', 'project name'] },
  { field: 'from', names: ['from', 'du', 'début', 'start', 'date de début', 'start date', 'from date', 'depuis'] },
  { field: 'to', names: ['to', 'au', "jusqu'au", 'fin', 'end', 'date de fin', 'end date', 'until', 'to date'] },
  {
    field: 'hoursPerWeek',
    names: [
      'hours per week',
      'heures par semaine',
      'h semaine',
      'h sem',
      'hours week',
      'h week',
      'hpw',
      'heures',
      'hours',
      'allocated hours',
    ],
  },
  {
    field: 'percent',
    names: [
      'percent',
      '%',
      'pourcentage',
      'allocation',
      'allocation %',
      '% allocation',
      'taux',
      "taux d'affectation",
      'affectation',
      'charge',
      'charge %',
      'etp',
      'fte',
      'occupation',
      '% temps',
    ],
  },
  { field: 'isKey', names: ['key person', 'personne clé', 'ressource clé', 'key resource'] },
];

/** Words dropped from a header when the whole header is not a known name ("Probabilité du risque" → "probabilité"). */
export const headerFillerWords = new Set([
  'du',
  'de',
  'des',
  'la',
  'le',
  'les',
  'd',
  'l',
  'the',
  'of',
  'a',
  'en',
  'risk',
  'risks',
  'risque',
  'risques',
  'raid',
]);

/** RAID row types; the keys are import entities. */
export const raidTypeMap = buildSynonymMap([
  ['risk', ['risk', 'risque', 'r', 'menace', 'threat']],
  ['issue', ['issue', 'problème', 'problem', 'incident', 'i']],
  ['action', ['action', 'a', 'todo', 'to do']],
  ['decision', ['decision', 'décision', 'd']],
] as const);

/** Plan row types: a milestone, or a plan item of kind task / deliverable. */
export const planTypeMap = buildSynonymMap([
  ['milestone', ['milestone', 'jalon', 'étape clé', 'jalon clé', 'key milestone', 'm', 'ms']],
  ['task', ['task', 'tâche', 'activity', 'activité', 't', 'work package', 'lot', 'phase', 'summary', 'récapitulatif']],
  ['deliverable', ['deliverable', 'livrable', 'product', 'produit', 'd']],
] as const);

/** Qualitative ratings on the 1–5 scale (probability and impact vocabularies included). */
export const scaleLabelMap = buildSynonymMap([
  [1, ['très faible', 'very low', 'tres bas', 'très bas', 'vl', 'rare', 'négligeable', 'negligible', 'insignificant']],
  [2, ['faible', 'low', 'bas', 'basse', 'l', 'unlikely', 'peu probable', 'minor', 'mineur', 'mineure']],
  [3, ['moyen', 'moyenne', 'medium', 'modéré', 'modérée', 'moderate', 'm', 'med', 'possible', 'significatif']],
  [4, ['élevé', 'élevée', 'high', 'fort', 'forte', 'h', 'likely', 'probable', 'major', 'majeur', 'majeure', 'haut']],
  [
    5,
    [
      'très élevé',
      'très élevée',
      'very high',
      'critique',
      'critical',
      'vh',
      'très fort',
      'très forte',
      'almost certain',
      'quasi certain',
      'très probable',
      'severe',
      'sévère',
      'catastrophic',
      'catastrophique',
    ],
  ],
] as const);

export const booleanMap = buildSynonymMap([
  [true, ['yes', 'oui', 'x', 'true', 'vrai', 'y', 'o', '1', '✓', '✔', 'ok']],
  [false, ['no', 'non', 'false', 'faux', 'n', '0']],
] as const);

/** Month names and abbreviations, English and French, to month numbers. */
export const monthMap = buildSynonymMap([
  [1, ['january', 'jan', 'janvier', 'janv']],
  [2, ['february', 'feb', 'février', 'févr', 'fév', 'fevr']],
  [3, ['march', 'mar', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juin']],
  [7, ['july', 'jul', 'juillet', 'juil']],
  [8, ['august', 'aug', 'août', 'aou']],
  [9, ['september', 'sep', 'sept', 'septembre']],
  [10, ['october', 'oct', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'décembre', 'déc']],
] as const);

/** Day names a text date may start with ("mardi 3 mars 2026", "Tue, Mar 3, 2026"). */
export const weekdayWords = new Set(
  [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'lundi',
    'mardi',
    'mercredi',
    'jeudi',
    'vendredi',
    'samedi',
    'dimanche',
    'lun',
    'mer',
    'jeu',
    'ven',
    'sam',
    'dim',
  ].map(normalizeLabel),
);
