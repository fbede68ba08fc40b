import { i18n } from '#i18n';
import { draftFromContext } from '../../../shared/capture/capture-draft';
import { captureMutation } from '../../../shared/capture/capture-mutation';
import { ok } from '../../../shared/result';
import { readRecord } from '../../db/read-records';
import { writeSetting } from '../../db/settings';
import { listProjects, readActiveConnection } from '../../db/workspace-queries';
import type { MessageError } from '../../messaging/protocol';
import { localDayOf } from '../jira/local-day';
import { type MessageHandlers, senderNotAllowed } from '../messaging/dispatch-message';
import type { VerifiedSender } from '../messaging/identify-sender';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';
import type { CaptureDeps } from './capture-deps';
import { takeCaptureForPopup } from './pending-captures';
import { readCaptureStart } from './read-capture-start';

type CaptureMessage = 'capture.start' | 'capture.save' | 'capture.undo' | 'capture.open' | 'options.open';

const failure = (code: string, message: string): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code, message },
});
const notConnected = () => failure('not_connected', i18n.t('captureErrors.notConnected'));
const gone = () => failure('gone', i18n.t('captureErrors.gone'));

/** The card's tab; undefined for our own pages (the popup's form), which the protocol trusts. */
function cardTabOf(sender: VerifiedSender): number | undefined {
  return sender.contexts.includes('extensionPage') ? undefined : sender.tab?.id;
}

/** The capture card's and the popup capture form's messages. */
export function createCaptureHandlers(
  deps: WorkspaceDeps,
  capture: CaptureDeps,
): Pick<MessageHandlers, CaptureMessage> {
  const { db, sync } = deps;

  async function openPopup(): Promise<void> {
    try {
      await capture.browser.openPopup();
    } catch {
      await capture.browser.openTab(capture.browser.popupPageUrl());
    }
  }

  return {
    async 'capture.start'({ fromPopup }, { sender }) {
      const cardTab = cardTabOf(sender);
      // The capture left for the popup holds another page's address and selection.
      if (fromPopup && cardTab !== undefined) return senderNotAllowed('capture.start');
      const pending = fromPopup ? await takeCaptureForPopup(db, deps.now()) : capture.pending.get(sender.tab?.id);
      if (!pending) return gone();
      return ok(await readCaptureStart(db, pending));
    },

    async 'capture.save'({ kind, projectId, title, fields, source: claimedSource }, { sender }) {
      // A card saves its own tab's pending capture once, with the source the background recorded.
      const cardTab = cardTabOf(sender);
      const pending = cardTab === undefined ? undefined : capture.pending.get(cardTab);
      if (cardTab !== undefined && !pending) return senderNotAllowed('capture.save');
      const source = pending ? draftFromContext(pending.kind, pending.context).source : claimedSource;
      const connection = await readActiveConnection(db);
      if (!connection) return notConnected();
      const { workspaceId } = connection;
      const projects = await listProjects(db, workspaceId);
      if (!projects.some((project) => project.id === projectId))
        return failure('no_project', i18n.t('captureErrors.noProject'));
      const { owner, reviewDate, dueDate, ...rest } = fields;
      const mutation = captureMutation({
        kind,
        projectId,
        title,
        fields: {
          ...rest,
          ...(owner ? { owner } : {}),
          ...(reviewDate ? { reviewDate } : {}),
          ...(dueDate ? { dueDate } : {}),
        },
        source,
        today: localDayOf(deps.now()),
        memberName: connection.member.name,
        newId: deps.newId,
      });
      const result = await sync.mutate({ workspaceId, name: mutation.name, args: mutation.args });
      if (!result.ok) return failure(result.error.code, result.error.message);
      await writeSetting(db, 'lastCaptureProjectId', projectId);
      if (cardTab !== undefined) capture.pending.settle(cardTab, mutation.args.id);
      return ok({ id: mutation.args.id, kind });
    },

    async 'capture.undo'({ id, kind }, { sender }) {
      // The card's Undo deletes what that card saved, never another record of the workspace.
      const cardTab = cardTabOf(sender);
      if (cardTab !== undefined && !capture.pending.wasSavedIn(cardTab, id)) return senderNotAllowed('capture.undo');
      const connection = await readActiveConnection(db);
      if (!connection) return notConnected();
      const { workspaceId } = connection;
      // A delete of a missing record changes nothing and succeeds; the toast should say it is gone.
      if (!(await readRecord(db, workspaceId, kind, id))) return gone();
      const result = await sync.mutate({ workspaceId, name: `${kind}.delete`, args: { id } });
      if (!result.ok) return failure(result.error.code, result.error.message);
      return ok(null);
    },

    async 'capture.open'({ id, kind }, { sender }) {
      // The card opens what it saved, in the workspace app at that record (the popup before it exists).
      const cardTab = cardTabOf(sender);
      if (cardTab !== undefined && !capture.pending.wasSavedIn(cardTab, id)) return senderNotAllowed('capture.open');
      const connection = await readActiveConnection(db);
      const record = connection ? await readRecord(db, connection.workspaceId, kind, id) : undefined;
      try {
        if (typeof record?.projectId === 'string')
          await capture.browser.openWorkspace({
            projectId: record.projectId,
            tab: kind === 'risk' ? 'risks' : 'raid',
            recordId: id,
          });
        else await openPopup();
        return ok(null);
      } catch (error) {
        return failure('popup_unavailable', i18n.t('jira.errors.popupUnavailable', [String(error)]));
      }
    },

    async 'options.open'() {
      await capture.browser.openOptionsPage();
      return ok(null);
    },
  };
}
