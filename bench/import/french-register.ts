import Papa from 'papaparse';
import type { ImportContext } from '../../shared/tabular/types';
import { seededRandom } from '../domain/seeded-random';

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

export const projectId = uuid(1, 1);

const firstNames = ['Zoé', 'Hélène', 'François', 'Jérôme', 'Céline', 'Noël', 'Agnès', 'Loïc', 'Maëlle', 'Benoît'];
const lastNames = ['Martin', 'Lefèvre', 'Dubois', 'Garçon', 'Béranger'];
const categories = ['Technique', 'Fournisseur', 'Planning', 'Budget', 'Ressources humaines', 'Juridique', 'Sécurité'];
const scale = ['Faible', 'Moyen', 'Élevé', 'Très élevé', 'Très faible'];
const statuses = ['Ouvert', 'En cours', 'Clos', 'Ouvert', 'Ouvert'];
const strategies = ['Atténuer', 'Accepter', 'Transférer', 'Éviter'];
const subjects = [
  'Retard de livraison du lot',
  'Indisponibilité de l’équipe',
  'Dépassement du budget « infra »',
  'Non-conformité RGPD, volet',
  'Perte de données; reprise du',
  'Départ d’un expert clé sur',
];

/** The workspace the register is imported into: one project and 50 people (owners). */
export function buildImportContext(): ImportContext {
  const people = Array.from({ length: 50 }, (_, n) => ({
    id: uuid(9, n),
    name: `${firstNames[n % 10]} ${lastNames[Math.floor(n / 10)]}`,
    email: `person${n}@exemple.fr`,
  }));
  return {
    projectId,
    projects: [{ id: projectId, code: 'CRM', name: 'Refonte CRM' }],
    people,
    members: [],
    dateOrder: 'dmy',
    unknownOwners: 'reject',
  };
}

const frenchDate = (offset: number) => {
  const date = new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
};

/**
 * A French risk register as Excel saves it for France: a title line above the table, semicolons,
 * dd/mm/yyyy dates, Faible/Moyen/Élevé ratings, French statuses, owners among 50 people, amounts
 * with spaces and €, and text with quotes, commas, semicolons and line breaks.
 */
export function buildFrenchRegisterCsv(rowCount: number, seed = 6): string {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const context = buildImportContext();
  const header = [
    'N°',
    'Titre du risque',
    'Description',
    'Catégorie',
    'Propriétaire',
    "Date d'identification",
    'Probabilité',
    'Impact',
    'Statut',
    'Stratégie de réponse',
    "Plan d'action",
    'Date de revue',
    'Coût estimé',
  ];
  const rows = Array.from({ length: rowCount }, (_, n) => [
    `R-${String(n + 1).padStart(5, '0')}`,
    `${pick(subjects)} ${n + 1}`,
    n % 7 === 0
      ? `Constat du comité, "à confirmer" :\nimpact sur la recette ${n}`
      : `Voir compte rendu n°${n}, annexe B`,
    pick(categories),
    pick(context.people).name,
    frenchDate(Math.floor(random() * 300)),
    pick(scale),
    pick(scale),
    pick(statuses),
    pick(strategies),
    n % 5 === 0 ? '' : `Relancer; suivre en COPIL (${n})`,
    frenchDate(300 + Math.floor(random() * 200)),
    n % 3 === 0 ? '' : `${(Math.floor(random() * 900) + 10) * 100} €`.replace(/\B(?=(\d{3})+(?!\d))/g, ' '),
  ]);
  const title = ['Registre des risques – Projet Refonte CRM'];
  const updated = ['Mis à jour le 20/11/2026 par le PMO'];
  return Papa.unparse([title, updated, header, ...rows], { delimiter: ';', newline: '\r\n' });
}
