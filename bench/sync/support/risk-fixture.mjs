// Realistic, seeded risk-register data, and seeding a workspace with it through the real push API.
import { expectStatus, maxMutationsPerPush } from './sync-api.mjs';

/** mulberry32, as in bench/domain/seeded-random.ts (a .ts file plain Node 20 cannot import). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A UUID v4 drawn from `random`, so a seed gives the same ids on every run. */
export function seededUuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const subjects = ['Supplier', 'Vendor API', 'Data migration', 'Key engineer', 'Budget approval', 'Test environment'];
const events = ['is late', 'is unavailable', 'fails acceptance', 'needs rework', 'is blocked by legal', 'overruns'];
const causes = [
  'Single source for the component and no framework contract',
  'Requirements changed after the design review',
  'The team shares two environments with another programme',
  'Approval board meets once a month',
];
const effects = [
  'Go-live slips by two to four weeks',
  'Extra cost for overtime and contractors',
  'Reduced scope at launch',
  'Regulatory deadline at risk',
];
const categories = ['Commercial', 'Technical', 'People', 'Schedule', 'Compliance'];
const owners = ['Ana Costa', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eva Schmidt', 'Farid Haddad'];
const proximities = ['imminent', 'this_phase', 'this_project', 'beyond'];
const threatResponses = ['avoid', 'mitigate', 'transfer', 'accept'];

// Free text varies per record, as in a real register, so the gzip figures are not flattered.
const words = (
  'contract supplier delay scope budget test release sponsor vendor migration data legal audit ' +
  'capacity training cutover licence hardware network security approval design backlog defect ' +
  'warehouse forklift customs payroll interface quarter board review escalation workaround'
).split(' ');

const pick = (random, list) => list[Math.floor(random() * list.length)];
const day = (random) =>
  new Date(Date.UTC(2026, 0, 5) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);

/** The args of one `risk.create`, shaped like a filled-in PRINCE2 register line (~1 kB as stored). */
export function riskArgs(random, projectId, n) {
  const subject = pick(random, subjects);
  const event = pick(random, events);
  return {
    id: seededUuid(random),
    projectId,
    title: `${subject} ${event} (R-${n})`,
    kind: 'threat',
    cause: pick(random, causes),
    event: `${subject} ${event}`,
    effect: pick(random, effects),
    category: pick(random, categories),
    owner: { name: pick(random, owners) },
    raisedOn: day(random),
    probability: 1 + Math.floor(random() * 5),
    impact: 1 + Math.floor(random() * 5),
    costImpact: Math.round(random() * 200) * 500,
    proximity: pick(random, proximities),
    responseStrategy: pick(random, threatResponses),
    description: Array.from({ length: 14 }, () => pick(random, words)).join(' '),
    responseActions: 'Weekly check-in with the supplier; escalate to the sponsor if two checks slip.',
    reviewDate: day(random),
    status: 'open',
  };
}

export function projectArgs(random, code) {
  return { id: seededUuid(random), code, name: `Programme ${code}` };
}

/** Pushes `calls` through `client` in pushes of at most 500; answers the push timings. */
export async function pushInBatches(client, calls, { batch = maxMutationsPerPush } = {}) {
  const timings = [];
  for (let start = 0; start < calls.length; start += batch) {
    const result = await client.push(client.stamp(calls.slice(start, start + batch)), { timeoutMs: 120_000 });
    const body = expectStatus(result, 200, 'seed push');
    const refused = body.results.find((outcome) => outcome.status === 'rejected');
    if (refused) throw new Error(`seed mutation refused: ${JSON.stringify(refused.error)}`);
    timings.push({ count: Math.min(batch, calls.length - start), ms: result.ms });
  }
  return timings;
}

/**
 * Seeds a workspace with one project and `count` risks. Answers the project id and the ids of
 * the risks (in creation order); `from` continues the numbering when a workspace grows.
 */
export async function seedRisks(client, { count, seed, projectId, from = 0 }) {
  const random = seededRandom(seed);
  const calls = [];
  let project = projectId;
  if (!project) {
    const args = projectArgs(random, `B${seed}`);
    project = args.id;
    calls.push({ name: 'project.create', args });
  }
  const riskIds = [];
  for (let n = from; n < from + count; n += 1) {
    const args = riskArgs(random, project, n);
    riskIds.push(args.id);
    calls.push({ name: 'risk.create', args });
  }
  const timings = await pushInBatches(client, calls);
  return { projectId: project, riskIds, timings };
}
