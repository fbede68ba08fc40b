import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { buildHandoverFiles, handoverFileName } from '../../../../shared/reports/handover-pack';
import { isGoverningRole } from '../../../../shared/roles';
import { readUiLanguage } from '../../../messaging/ui-language';
import { useBackgroundClient } from '../../../ui/background-client';
import type { AdminSectionProps } from '../admin-section-props';
import { downloadBlob, zipFiles } from './zip-files';
import './handover.css';

type Progress =
  | { step: 'idle' }
  | { step: 'fetching' }
  | { step: 'zipping'; done: number; total: number }
  | { step: 'done'; fileName: string; files: number }
  | { step: 'failed'; message: string };

/** Today's date here, `YYYY-MM-DD`, for the file name. */
const localToday = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/**
 * The handover pack (issue 18): one action for owners and PMOs that builds a ZIP in the browser
 * from the Worker's backup (docs/sync.md "Backup format"): a summary and the registers of every
 * project, the methodology, the playbooks and the backup itself (shared/reports/handover-pack.ts).
 */
export function HandoverSection({ connection, member }: AdminSectionProps) {
  const background = useBackgroundClient();
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const isBusy = progress.step === 'fetching' || progress.step === 'zipping';

  async function download() {
    setProgress({ step: 'fetching' });
    const backup = await background.send('handover.backup', { workspaceId: connection.workspaceId });
    if (!backup.ok) {
      setProgress({ step: 'failed', message: backup.error.message });
      return;
    }
    try {
      const files = buildHandoverFiles(backup.value, readUiLanguage());
      setProgress({ step: 'zipping', done: 0, total: files.length });
      const zip = await zipFiles(files, (done) => setProgress({ step: 'zipping', done, total: files.length }));
      const fileName = handoverFileName(connection.workspaceName, localToday());
      downloadBlob(fileName, zip);
      setProgress({ step: 'done', fileName, files: files.length });
    } catch (error) {
      setProgress({ step: 'failed', message: i18n.t('handover.zipFailed', [String(error)]) });
    }
  }

  if (!isGoverningRole(member.role)) {
    return (
      <div class="handover">
        <p class="handover__intro" data-testid="handover-not-allowed">
          {i18n.t('handover.notAllowed')}
        </p>
      </div>
    );
  }

  return (
    <div class="handover">
      <p class="handover__intro">{i18n.t('handover.intro')}</p>
      <ul class="handover__contents">
        <li>{i18n.t('handover.contents.projects')}</li>
        <li>{i18n.t('handover.contents.registers')}</li>
        <li>{i18n.t('handover.contents.method')}</li>
        <li>{i18n.t('handover.contents.backup')}</li>
      </ul>
      <div class="handover__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="handover-download"
          disabled={isBusy}
          aria-describedby="handover-progress"
          onClick={() => void download()}
        >
          {i18n.t('handover.download')}
        </button>
      </div>
      <div id="handover-progress" class="handover__progress" aria-live="polite" data-testid="handover-progress">
        {progress.step === 'fetching' && <p>{i18n.t('handover.progress.fetching')}</p>}
        {progress.step === 'zipping' && (
          <>
            <label for="handover-meter">
              {i18n.t('handover.progress.zipping', [String(progress.done), String(progress.total)])}
            </label>
            <progress id="handover-meter" max={progress.total} value={progress.done} />
          </>
        )}
        {progress.step === 'done' && (
          <p class="handover__done" data-testid="handover-done">
            {i18n.t('handover.progress.done', [progress.fileName, String(progress.files)])}
          </p>
        )}
      </div>
      {progress.step === 'failed' && (
        <div class="form-error handover__error" role="alert" data-testid="handover-error">
          <p>{i18n.t('handover.failed', [progress.message])}</p>
          <button type="button" class="button button--quiet" onClick={() => void download()}>
            {i18n.t('handover.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
