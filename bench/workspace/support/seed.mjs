// The workspace the workspace bench opens: many ordinary projects (the demo project of
// scripts/demo-seed.mjs under its own code each, sharing one set of people) and one big project
// whose register, heat map and RAID lists have real work to do. Everything as push mutations,
// pushed by the owner as another browser would.
import { randomUUID } from 'node:crypto';
import { dayFromToday, demoProjectMutations, numberMutations } from '../../../scripts/demo-seed.mjs';
import { seededRandom } from '../../sync/support/risk-fixture.mjs';

/** The Worker's limit on mutations in one push (maxMutationsPerPush in shared/sync/protocol.ts). */
const pushBatch = 500;

const riskWords = {
  subjects: [
    'Key supplier',
    'Data migration',
    'Payment provider',
    'Call-centre team',
    'Test environment',
    'Hosting contract',
    'Security review',
    'Legacy interface',
    'Steering committee',
    'Warehouse crew',
    'Licence renewal',
    'Mobile release',
  ],
  events: [
    'misses the delivery date',
    'runs over budget',
    'is not ready for the pilot',
    'needs a second round of approval',
    'loses two senior people',
    'changes its terms',
    'fails the load test',
    'is blocked by the merger',
  ],
  causes: [
    'Two other roll-outs compete for the same people',
    'The contract was signed before the scope settled',
    'Nobody owns the interface on their side',
    'The budget review moved to next quarter',
  ],
  effects: [
    'The go-live slips by a month',
    'Billing stays manual for another quarter',
    'Support calls double during the switch',
    'The business case loses a third of its benefit',
  ],
  categories: ['Supplier', 'Technical', 'People', 'Financial', 'Regulatory', 'Organisational'],
};
/** Owners named only (no workspace person), so the owner filter has a realistic list. */
const namedOwners = [
  'Amélie Rousseau',
  'Bastien Lefèvre',
  'Chloé Bernard',
  'Damien Petit',
  'Émilie Garnier',
  'François Morel',
  'Gaëlle Fournier',
  'Hugo Girard',
  'Inès Mercier',
  'Julien Blanc',
  'Karim Haddad',
  'Léa Fontaine',
];

/**
 * The demo project under `code`, its people replaced by the workspace's shared ones (people are
 * workspace-wide): the first call keeps its `person.create`s and answers the people.
 */
function demoProject(code, people) {
  const { projectId, mutations } = demoProjectMutations({ code });
  const ownPeople = mutations.filter((mutation) => mutation.name === 'person.create').map((mutation) => mutation.args);
  if (!people) return { projectId, mutations, people: ownPeople };
  let text = JSON.stringify(mutations.filter((mutation) => mutation.name !== 'person.create'));
  ownPeople.forEach((person, index) => {
    text = text.replaceAll(person.id, people[index].id);
  });
  return { projectId, mutations: JSON.parse(text), people };
}

/** The big project's register and RAID lists: `risks` risks, then issues, decisions and actions (`raidItems` in all). */
function bigProjectRaid(projectId, people, { risks, raidItems }, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rating = () => 1 + Math.floor(random() * 5);
  const ownerRef = () => {
    const index = Math.floor(random() * (people.length + namedOwners.length + 2));
    if (index < people.length) return { personId: people[index].id, name: people[index].name };
    const name = namedOwners[index - people.length];
    return name ? { name } : undefined; // a few risks nobody owns
  };
  const riskIds = [];
  const mutations = [];
  for (let index = 0; index < risks; index += 1) {
    const id = randomUUID();
    riskIds.push(id);
    const probability = rating();
    const impact = rating();
    const hasResidual = random() < 0.6;
    const statusRoll = random();
    const status = statusRoll < 0.6 ? 'open' : statusRoll < 0.85 ? 'mitigating' : 'closed';
    const owner = ownerRef();
    mutations.push({
      name: 'risk.create',
      args: {
        id,
        projectId,
        title: `${pick(riskWords.subjects)} ${pick(riskWords.events)} (R-${String(index + 1).padStart(4, '0')})`,
        probability,
        impact,
        ...(hasResidual
          ? {
              residualProbability: Math.max(1, probability - 1),
              residualImpact: Math.max(1, impact - (random() < 0.5 ? 1 : 0)),
            }
          : {}),
        ...(owner ? { owner } : {}),
        category: pick(riskWords.categories),
        cause: pick(riskWords.causes),
        event: `${pick(riskWords.subjects)} ${pick(riskWords.events)}`,
        effect: pick(riskWords.effects),
        reviewDate: dayFromToday(Math.floor(random() * 60) - 20),
        ...(random() < 0.7 ? { proximity: pick(['imminent', 'this_phase', 'this_project', 'beyond']) } : {}),
        ...(random() < 0.5 ? { responseStrategy: pick(['avoid', 'mitigate', 'transfer', 'accept']) } : {}),
        ...(random() < 0.3 ? { costImpact: Math.round(random() * 50) * 1000 } : {}),
        status,
        ...(status === 'closed' ? { closingReason: 'The supplier confirmed in writing.' } : {}),
      },
    });
  }
  const others = Math.max(0, raidItems - risks);
  const issueCount = Math.round(others * 0.35);
  const decisionCount = Math.round(others * 0.3);
  const actionCount = others - issueCount - decisionCount;
  const issueIds = [];
  for (let index = 0; index < issueCount; index += 1) {
    const id = randomUUID();
    issueIds.push(id);
    const owner = ownerRef();
    const statusRoll = random();
    mutations.push({
      name: 'issue.create',
      args: {
        id,
        projectId,
        title: `${pick(riskWords.subjects)} ${pick(riskWords.events)} (I-${String(index + 1).padStart(4, '0')})`,
        type: pick(['problem', 'problem', 'change_request', 'off_specification']),
        priority: pick(['low', 'medium', 'high', 'critical']),
        severity: rating(),
        ...(owner ? { owner } : {}),
        raisedOn: dayFromToday(-Math.floor(random() * 90)),
        dueDate: dayFromToday(Math.floor(random() * 40) - 15),
        status:
          statusRoll < 0.5 ? 'open' : statusRoll < 0.75 ? 'in_progress' : statusRoll < 0.9 ? 'resolved' : 'closed',
      },
    });
  }
  for (let index = 0; index < decisionCount; index += 1) {
    mutations.push({
      name: 'decision.create',
      args: {
        id: randomUUID(),
        projectId,
        statement: `${pick(['Go ahead with', 'Postpone', 'Buy rather than build', 'Outsource'])} ${pick(riskWords.subjects).toLowerCase()} (D-${String(index + 1).padStart(4, '0')})`,
        decidedOn: dayFromToday(-Math.floor(random() * 120)),
        decidedBy: pick(['Steering committee', 'Project board', 'Sponsor', 'Design authority']),
        rationale: pick(riskWords.effects),
        links: random() < 0.4 ? [{ entity: 'risk', id: pick(riskIds) }] : [],
      },
    });
  }
  for (let index = 0; index < actionCount; index += 1) {
    const owner = ownerRef();
    const linkRoll = random();
    const link =
      linkRoll < 0.4 && riskIds.length > 0
        ? { entity: 'risk', id: pick(riskIds) }
        : linkRoll < 0.7 && issueIds.length > 0
          ? { entity: 'issue', id: pick(issueIds) }
          : undefined;
    mutations.push({
      name: 'action.create',
      args: {
        id: randomUUID(),
        projectId,
        title: `${pick(['Chase', 'Agree', 'Book', 'Write', 'Review', 'Escalate'])} ${pick(riskWords.subjects).toLowerCase()} (A-${String(index + 1).padStart(4, '0')})`,
        ...(owner ? { owner } : {}),
        dueDate: dayFromToday(Math.floor(random() * 50) - 20),
        done: random() < 0.3,
        ...(link ? { link } : {}),
      },
    });
  }
  return { mutations, counts: { risks, issues: issueCount, decisions: decisionCount, actions: actionCount } };
}

/**
 * Seeds `projects` demo projects (codes P001…) and one big project (code BIG, the demo project plus
 * `risks` risks and `raidItems` RAID items in all, risks included). Answers the big project's id,
 * the record count a client holds afterwards, and what was made.
 */
export async function seedWorkspace(push, { projects, risks, raidItems, seed = 14 }) {
  const random = seededRandom(seed);
  const all = [];
  let people;
  for (let index = 1; index <= projects; index += 1) {
    const project = demoProject(`P${String(index).padStart(3, '0')}`, people);
    people = project.people;
    all.push(...project.mutations);
  }
  const big = demoProject('BIG', people);
  people = big.people;
  const raid = bigProjectRaid(big.projectId, people, { risks, raidItems }, random);
  all.push(...big.mutations, ...raid.mutations);

  const started = performance.now();
  for (let from = 0; from < all.length; from += pushBatch) {
    const results = await push(numberMutations(all.slice(from, from + pushBatch)));
    const refused = results.filter((result) => result.status !== 'applied');
    if (refused.length > 0) throw new Error(`seeding refused: ${JSON.stringify(refused.slice(0, 3))}`);
  }
  // Every mutation makes one record, except status.submit (it changes the report it submits).
  const records = all.filter((mutation) => mutation.name !== 'status.submit').length;
  return {
    bigProjectId: big.projectId,
    records,
    mutations: all.length,
    pushMs: performance.now() - started,
    big: { ...raid.counts, ...countByEntity(big.mutations) },
  };
}

function countByEntity(mutations) {
  const counts = {};
  for (const { name } of mutations) {
    if (!name.endsWith('.create')) continue;
    const entity = name.slice(0, -'.create'.length);
    counts[`demo ${entity}`] = (counts[`demo ${entity}`] ?? 0) + 1;
  }
  return counts;
}
