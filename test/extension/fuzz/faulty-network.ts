import type { FetchFn } from '../../../extension/background/worker-api/request-json';
import type { MutationName } from '../../../shared/mutations/registry';
import type { AppError } from '../../../shared/result';
import type { PullResponse, PushRequest, PushResponse } from '../../../shared/sync/protocol';

/**
 * The network between the simulated browsers and the real Worker. Every request an engine sends is
 * held until the test delivers it, so the test decides what reaches the server and when; requests
 * go to the server one at a time, so the order in which the harness delivers them is the order in
 * which the workspace's Durable Object applies them, and the harness reads every response, also
 * the ones it then keeps from the client.
 */

export type RequestKind = 'push' | 'pull';

/** What happens to one delivered request. */
export type Fault =
  /** Reaches the server, the client gets the answer. */
  | 'none'
  /** Never reaches the server; the client's fetch fails like an unplugged cable. */
  | 'drop-request'
  /** The server handles it, then the answer is lost: the client sees a network error. */
  | 'drop-response'
  /** Reaches the server twice in a row; the client gets the second answer. */
  | 'duplicate-now'
  /** Reaches the server now, and a copy reaches it again later, after other traffic. */
  | 'duplicate-later'
  /** A pull answered with the page the server gave earlier to the very same request (a stale replica). */
  | 'replay-stale';

export interface HeldRequest {
  seq: number;
  client: number;
  kind: RequestKind;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  /** Settles the engine's fetch; absent on a copy whose answer nobody reads. */
  answer?: { resolve(response: Response): void; reject(error: unknown): void };
}

/** A mutation the server processed (applied or refused for good), in the server's order. */
export interface ProcessedMutation {
  order: number;
  client: number;
  clientId: string;
  id: number;
  name: MutationName;
  args: unknown;
  status: 'applied' | 'rejected';
  error?: AppError;
}

interface ServerAnswer {
  status: number;
  text: string;
}

const unplugged = () => new TypeError('Failed to fetch');

export class FaultyNetwork {
  /** Requests the engines sent that have not been delivered yet, oldest first. */
  readonly waiting: HeldRequest[] = [];
  /** Copies of delivered requests that will reach the server once more, later. */
  readonly ghosts: HeldRequest[] = [];
  /** Clients whose every request fails at once. */
  readonly offline = new Set<number>();
  /** Every mutation the server applied or refused, in the order it did so. */
  readonly processed: ProcessedMutation[] = [];
  /** Same, by `clientId#id`. */
  readonly outcomes = new Map<string, ProcessedMutation>();
  /** What went against the protocol: a non-200 sync answer, a mutation processed twice. */
  readonly anomalies: string[] = [];
  /** One line per network event, for the failure message and the determinism check. */
  readonly trace: string[] = [];
  /** Pull answers the client received that changed something (a put, del or clear), per client. */
  readonly changingPullsOf = new Map<number, number>();
  private readonly firstAnswerTo = new Map<string, ServerAnswer>();
  private readonly listeners = new Set<() => void>();
  private nextSeq = 1;
  private isDelivering = false;

  /**
   * @param pageLimit rows per pull page, written into every pull that names none, so paging and its
   *   whole-version boundaries are exercised (undefined = the server's default).
   */
  constructor(
    private readonly serverFetch: typeof fetch = fetch,
    readonly pageLimit?: number,
  ) {}

  /** The FetchFn of one simulated browser. */
  fetchFor(client: number): FetchFn {
    return (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const kind = input.endsWith('/push') ? 'push' : input.endsWith('/pull') ? 'pull' : undefined;
        if (!kind) {
          reject(new Error(`the fuzz network carries only push and pull, not ${input}`));
          return;
        }
        const body = typeof init.body === 'string' ? init.body : '';
        this.waiting.push({
          seq: this.nextSeq++,
          client,
          kind,
          url: input,
          method: init.method ?? 'GET',
          headers: Object.fromEntries(new Headers(init.headers).entries()),
          body: kind === 'pull' ? this.withPageLimit(body) : body,
          answer: { resolve, reject },
        });
        this.notify();
      });
  }

  waitingOf(client: number): HeldRequest[] {
    return this.waiting.filter((request) => request.client === client);
  }

  /** Called whenever a request arrives or a test's task ends; lets the harness wait for a client to block. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** A client's engine was dropped (service worker restart): what it sent may still reach the server, unread. */
  abandonRequestsOf(client: number): void {
    for (const request of this.waitingOf(client)) {
      this.waiting.splice(this.waiting.indexOf(request), 1);
      this.ghosts.push({ ...request, answer: undefined });
      this.trace.push(`#${request.seq} c${client} ${request.kind} abandoned by a restart, still on the wire`);
    }
  }

  /** Delivers one waiting request with the given fault; resolves once the client's fetch is settled. */
  async deliver(request: HeldRequest, fault: Fault): Promise<void> {
    const index = this.waiting.indexOf(request);
    if (index === -1) throw new Error(`request #${request.seq} is not waiting`);
    this.waiting.splice(index, 1);
    const answer = request.answer;
    if (!answer) throw new Error(`request #${request.seq} has nobody waiting for it`);
    const label = `#${request.seq} c${request.client} ${request.kind}`;
    if (this.offline.has(request.client)) {
      this.trace.push(`${label}: client offline`);
      answer.reject(unplugged());
      return;
    }
    if (fault === 'drop-request') {
      this.trace.push(`${label}: request dropped`);
      answer.reject(unplugged());
      return;
    }
    const stale = this.firstAnswerTo.get(request.body);
    if (fault === 'replay-stale' && request.kind === 'pull' && stale) {
      this.trace.push(`${label}: answered with a stale copy of an earlier page`);
      this.countChangingPull(request.client, stale);
      answer.resolve(toResponse(stale));
      return;
    }
    let served = await this.send(request, label);
    if (fault === 'duplicate-now') served = await this.send(request, `${label} (duplicate)`);
    if (fault === 'duplicate-later') {
      this.ghosts.push({ ...request, answer: undefined });
      this.trace.push(`${label}: a copy stays on the wire`);
    }
    if (fault === 'drop-response') {
      this.trace.push(`${label}: response dropped`);
      answer.reject(unplugged());
      return;
    }
    if (request.kind === 'pull') this.countChangingPull(request.client, served);
    answer.resolve(toResponse(served));
  }

  /** Delivers a copy left on the wire; its answer is read by the harness only. */
  async deliverGhost(ghost: HeldRequest): Promise<void> {
    const index = this.ghosts.indexOf(ghost);
    if (index === -1) throw new Error(`copy of #${ghost.seq} is not on the wire`);
    this.ghosts.splice(index, 1);
    await this.send(ghost, `#${ghost.seq} c${ghost.client} ${ghost.kind} (late copy)`);
  }

  /** Sends to the real server, one request at a time, and records what the server did. */
  private async send(request: HeldRequest, label: string): Promise<ServerAnswer> {
    if (this.isDelivering) throw new Error('two requests delivered at once: the acceptance order would be unknown');
    this.isDelivering = true;
    let served: ServerAnswer;
    try {
      // No abort signal: the fuzz network decides about losses, not the wall clock.
      const response = await this.serverFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      served = { status: response.status, text: await response.text() };
    } finally {
      this.isDelivering = false;
    }
    if (served.status !== 200) {
      this.anomalies.push(`${label} answered ${served.status}: ${served.text.slice(0, 300)}`);
      this.trace.push(`${label} → ${served.status}`);
      return served;
    }
    if (request.kind === 'push') this.recordPush(request, JSON.parse(served.text) as PushResponse, label);
    else this.recordPull(JSON.parse(served.text) as PullResponse, label);
    if (!this.firstAnswerTo.has(request.body)) this.firstAnswerTo.set(request.body, served);
    return served;
  }

  private recordPush(request: HeldRequest, response: PushResponse, label: string): void {
    const sent = (JSON.parse(request.body) as PushRequest).mutations;
    const statuses: string[] = [];
    for (const result of response.results) {
      statuses.push(
        result.status === 'rejected' ? `${result.id}✗${result.error?.code}` : `${result.id}${result.status[0]}`,
      );
      if (result.status === 'skipped') continue;
      const key = `${result.clientId}#${result.id}`;
      if (this.outcomes.has(key)) {
        this.anomalies.push(`${label}: mutation ${key} was processed a second time (${result.status})`);
        continue;
      }
      const mutation = sent.find((candidate) => candidate.clientId === result.clientId && candidate.id === result.id);
      if (!mutation) {
        this.anomalies.push(`${label}: the server answered for mutation ${key}, which the push did not carry`);
        continue;
      }
      const processed: ProcessedMutation = {
        order: this.processed.length,
        client: request.client,
        clientId: result.clientId,
        id: result.id,
        name: mutation.name,
        args: mutation.args,
        status: result.status,
      };
      if (result.error) processed.error = result.error;
      this.processed.push(processed);
      this.outcomes.set(key, processed);
    }
    this.trace.push(`${label} → 200 [${statuses.join(' ')}]`);
  }

  private recordPull(response: PullResponse, label: string): void {
    const acks = Object.values(response.lastMutationIdChanges).join(',');
    this.trace.push(
      `${label} → 200 v${response.cookie.version} ${response.patch.length} ops${response.hasMore ? ' +more' : ''}${acks ? ` ack ${acks}` : ''}`,
    );
  }

  private countChangingPull(client: number, served: ServerAnswer): void {
    if (served.status !== 200) return;
    const page = JSON.parse(served.text) as PullResponse;
    if (page.patch.length > 0) this.changingPullsOf.set(client, (this.changingPullsOf.get(client) ?? 0) + 1);
  }

  private withPageLimit(body: string): string {
    if (this.pageLimit === undefined) return body;
    const request = JSON.parse(body) as { limit?: number };
    return request.limit === undefined ? JSON.stringify({ ...request, limit: this.pageLimit }) : body;
  }
}

function toResponse(served: ServerAnswer): Response {
  return new Response(served.text, { status: served.status, headers: { 'content-type': 'application/json' } });
}
