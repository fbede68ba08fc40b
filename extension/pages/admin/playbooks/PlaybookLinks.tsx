import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import {
  listGateCriteria,
  listPlaybooksForCriterion,
  listPlaybooksForRule,
} from '../../../../shared/methodology/playbook-links';
import type { Playbook } from '../../../../shared/schemas/playbooks';
import { listPlaybooks, listTemplatesForPlaybooks } from '../../../db/playbook-queries';
import { readActiveConnection } from '../../../db/workspace-queries';
import { adminPagePath, formatAdminRoute } from '../../../messaging/admin-route';
import { readUiLanguage } from '../../../messaging/ui-language';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { ModalDialog } from '../../workspace/common/ModalDialog';
import { PlaybookReader } from './PlaybookReader';
import './playbooks.css';

/** The workspace is the one shown; screens that do not carry its id leave it to the active connection. */
type PlaybookLinksProps = { workspaceId?: string } & ({ ruleId: string } | { criterionId: string });

/**
 * "Playbook: <title>" for each playbook that coaches a health rule or helps meet a gate criterion,
 * each opening the playbook in a dialog (the same sanitised render as the administration page).
 * Nothing at all when none is linked. Reads the playbooks live on its own, so the workspace app's
 * project view does not carry them.
 */
export function PlaybookLinks(props: PlaybookLinksProps) {
  const db = useDatabase();
  const workspaceId = useLiveQuery(
    async () => props.workspaceId ?? (await readActiveConnection(db))?.workspaceId ?? null,
    [db, props.workspaceId],
  );
  const playbooks = useLiveQuery(async () => (workspaceId ? listPlaybooks(db, workspaceId) : []), [db, workspaceId]);
  const [opened, setOpened] = useState<string>();
  const target = 'ruleId' in props ? props.ruleId : props.criterionId;
  const linked = useMemo(
    () =>
      'ruleId' in props
        ? listPlaybooksForRule(playbooks ?? [], target)
        : listPlaybooksForCriterion(playbooks ?? [], target),
    [playbooks, target],
  );
  if (!workspaceId || linked.length === 0) return null;
  const openedPlaybook = linked.find((playbook) => playbook.id === opened);
  return (
    <>
      <ul class="playbook-links" aria-label={i18n.t('adminPlaybooks.linksLabel')} data-testid="playbook-links">
        {linked.map((playbook) => (
          <li key={playbook.id}>
            <button
              type="button"
              class="button button--link playbook-links__link"
              data-testid="playbook-link"
              onClick={() => setOpened(playbook.id)}
            >
              {i18n.t('adminPlaybooks.link', [playbook.title])}
            </button>
          </li>
        ))}
      </ul>
      {openedPlaybook ? (
        <PlaybookDialog workspaceId={workspaceId} playbook={openedPlaybook} onClose={() => setOpened(undefined)} />
      ) : null}
    </>
  );
}

interface PlaybookDialogProps {
  workspaceId: string;
  playbook: Playbook;
  onClose(): void;
}

/** One playbook read in a modal dialog: Esc or Close gives focus back to the link that opened it. */
function PlaybookDialog({ workspaceId, playbook, onClose }: PlaybookDialogProps) {
  const db = useDatabase();
  const templates = useLiveQuery(() => listTemplatesForPlaybooks(db, workspaceId), [db, workspaceId]);
  const criteria = useMemo(() => listGateCriteria(templates ?? []), [templates]);
  const adminAddress = `${browser.runtime.getURL(adminPagePath)}${formatAdminRoute({ section: 'playbooks', recordId: playbook.id })}`;
  return (
    <ModalDialog
      labelledBy="playbook-dialog-title"
      className="dialog playbook-dialog"
      testId="playbook-dialog"
      onClose={onClose}
    >
      <div class="playbook-dialog__body">
        <PlaybookReader
          playbook={playbook}
          language={readUiLanguage()}
          criteria={criteria}
          titleId="playbook-dialog-title"
          level={2}
        />
      </div>
      <div class="form-actions playbook-dialog__actions">
        <button type="button" class="button button--primary" data-testid="playbook-dialog-close" onClick={onClose}>
          {i18n.t('adminPlaybooks.dialog.close')}
        </button>
        <a class="button button--quiet" href={adminAddress} target="_blank" rel="noopener noreferrer">
          {i18n.t('adminPlaybooks.dialog.openAdmin')}
        </a>
      </div>
    </ModalDialog>
  );
}
