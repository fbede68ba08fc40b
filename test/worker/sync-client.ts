import type { Cookie, MutationName, PullResponse, PushResponse, SessionResponse } from '../../shared';
import { call } from './api';

/** A mutation as a client queues it; the test client numbers them per clientId. */
export interface Intent {
  name: MutationName;
  args: unknown;
}

export const clientTime = '2026-11-25T09:30:00.000Z';

/**
 * A minimal sync client for tests: one client group, one client, its own mutation counter and
 * cookie. It keeps nothing else, so tests see exactly what the server answers.
 */
export class TestClient {
  readonly clientGroupId = crypto.randomUUID();
  readonly clientId = crypto.randomUUID();
  nextId = 1;
  cookie: Cookie | null = null;

  constructor(readonly session: SessionResponse) {}

  /** Numbers the intents from nextId and returns them as push mutations (without sending). */
  number(intents: Intent[]) {
    const mutations = intents.map((intent, index) => ({
      clientId: this.clientId,
      id: this.nextId + index,
      clientTime,
      ...intent,
    }));
    this.nextId += intents.length;
    return mutations;
  }

  /** Sends raw push mutations for this client group. */
  sendPush(mutations: unknown[]) {
    return call<PushResponse>(`/v1/workspaces/${this.session.workspace.id}/push`, {
      token: this.session.token,
      body: { clientGroupId: this.clientGroupId, mutations },
    });
  }

  /** Numbers and pushes the intents. */
  push(intents: Intent[]) {
    return this.sendPush(this.number(intents));
  }

  /** Pulls one page from the stored cookie (or `cookie`) and keeps the new cookie. */
  async pull(options: { limit?: number; maxBytes?: number; cookie?: Cookie | null } = {}) {
    const cookie = options.cookie === undefined ? this.cookie : options.cookie;
    const { limit, maxBytes } = options;
    const pulled = await call<PullResponse>(`/v1/workspaces/${this.session.workspace.id}/pull`, {
      token: this.session.token,
      body: {
        clientGroupId: this.clientGroupId,
        cookie,
        ...(limit ? { limit } : {}),
        ...(maxBytes ? { maxBytes } : {}),
      },
    });
    if (pulled.status === 200) this.cookie = pulled.json.cookie;
    return pulled;
  }
}

/** Realistic fixtures: a project and risks on it, with client-generated ids. */
export function projectCreate(id = crypto.randomUUID()): Intent {
  return { name: 'project.create', args: { id, code: 'CRM', name: 'CRM rollout' } };
}

export function riskCreate(
  projectId: string,
  id = crypto.randomUUID(),
  overrides: Record<string, unknown> = {},
): Intent {
  return {
    name: 'risk.create',
    args: {
      id,
      projectId,
      title: 'Key supplier may miss the hardware delivery',
      probability: 3,
      impact: 4,
      ...overrides,
    },
  };
}

/**
 * Pulls from the client's cookie until hasMore is false, applying every page to `rows` the way a
 * client would (clear, put, del); `pickLimit` chooses each page's limit.
 */
export async function pullToEnd(
  client: TestClient,
  rows: Map<string, Record<string, unknown>>,
  pickLimit: () => number | undefined = () => undefined,
  maxBytes?: number,
) {
  const pages: PullResponse[] = [];
  for (;;) {
    const pulled = await client.pull({ limit: pickLimit(), maxBytes });
    if (pulled.status !== 200) throw new Error(`pull failed: ${pulled.status} ${JSON.stringify(pulled.json)}`);
    pages.push(pulled.json);
    for (const op of pulled.json.patch) {
      if (op.op === 'clear') rows.clear();
      else if (op.op === 'put') rows.set(`${op.entity}:${op.id}`, op.value);
      else rows.delete(`${op.entity}:${op.id}`);
    }
    if (!pulled.json.hasMore) return pages;
  }
}
