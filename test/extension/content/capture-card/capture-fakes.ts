import { vi } from 'vitest';
import type { MessageInput, MessageResult, MessageType } from '../../../../extension/messaging/protocol';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import type { CaptureStart } from '../../../../extension/ui/capture/capture-form-values';

export const payProjectId = '0b7f4a8e-3c1d-4e55-9a0e-6f2d8c1b9a01';
export const erpProjectId = '5d2c9e10-7b4a-4f3e-8c21-93a6b0e4d7f2';
export const anaPersonId = 'c81e728d-9d4c-4f63-a1b2-1e5f7a2b3c4d';
export const savedId = 'e4da3b7f-bbce-4345-9a77-1f0e2d3c4b5a';

/** The article selection of the e2e fixture: markup a page might hope we render. */
export const hostileQuote =
  'Acme Logistics said on Monday <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> supplier delay\nof six weeks for the PAY terminals.';

/** What the background answers to `capture.start` on a news article about a supplier's delay. */
export function articleStart(overrides: Partial<CaptureStart> = {}): CaptureStart {
  return {
    draft: {
      kind: 'risk',
      title: 'Supplier delay of six weeks for the PAY terminals',
      quote: hostileQuote,
      source: {
        url: 'https://news.example/2026/11/acme-delay',
        pageTitle: 'Acme Logistics announces delays',
        quote: hostileQuote,
      },
    },
    projects: [
      { id: payProjectId, code: 'PAY', name: 'Payments terminals' },
      { id: erpProjectId, code: 'ERP', name: 'ERP migration' },
    ],
    suggestedId: payProjectId,
    suggestionReason: 'last_used',
    people: [{ id: anaPersonId, name: 'Ana Lima' }],
    workspace: { id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Acme PMO' },
    ...overrides,
  };
}

type Answer = MessageResult<unknown>;

/** A background that answers the capture messages and records every message it is sent. */
export function createCaptureBackground(startAnswer: Answer = { ok: true, value: articleStart() }) {
  const answers = new Map<MessageType, Answer>([
    ['capture.start', startAnswer],
    ['capture.save', { ok: true, value: { id: savedId, kind: 'risk' } }],
    ['capture.undo', { ok: true, value: null }],
    ['capture.open', { ok: true, value: null }],
    ['options.open', { ok: true, value: null }],
  ]);
  const send = vi.fn(async (type: MessageType, input: unknown) => {
    if (type === 'capture.save') {
      const { kind } = input as MessageInput<'capture.save'>;
      return { ok: true, value: { id: savedId, kind } };
    }
    return answers.get(type) ?? { ok: false, error: { code: 'unknown_message', message: `no answer for ${type}` } };
  });
  const client = { send } as unknown as BackgroundClient;
  const sent = (type: MessageType) =>
    send.mock.calls.filter(([sentType]) => sentType === type).map(([, input]) => input);
  return { client, send, sent, answers };
}
