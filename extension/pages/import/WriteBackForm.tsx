import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { requestWriteBackPermission } from '../../permissions/write-back-config';
import { useBackgroundClient } from '../../ui/background-client';
import { TextField } from '../common/TextField';
import { ProgressNote } from './ProgressNote';
import { parseSheetUrl } from './sheet-source';

interface WriteBackFormProps {
  /** The export to write; null while it is being read. */
  table: string[][] | null;
  initialSheetUrl: string;
  /** Whether this build has an OAuth client id for the Sheets API. */
  isConfigured: boolean;
}

type WriteState =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'done'; cells: number }
  | { status: 'failed'; message: string };

/** Writes the export into a Google Sheet's tab through the Sheets API, when this build can. */
export function WriteBackForm({ table, initialSheetUrl, isConfigured }: WriteBackFormProps) {
  const client = useBackgroundClient();
  const [sheetUrl, setSheetUrl] = useState(initialSheetUrl);
  const [urlError, setUrlError] = useState<string>();
  const [state, setState] = useState<WriteState>({ status: 'idle' });

  async function writeBack(event: Event) {
    event.preventDefault();
    if (!table || state.status === 'writing') return;
    const target = parseSheetUrl(sheetUrl);
    if (!target) {
      setUrlError(i18n.t('import.export.sheetUrlInvalid'));
      return;
    }
    setUrlError(undefined);
    // Asked first, while the click still counts as a user gesture: browsers grant optional permissions only then.
    // A refusal is not final here: the background answers with what to do.
    await requestWriteBackPermission().catch(() => false);
    setState({ status: 'writing' });
    const answer = await client.send('sheets.writeBack', { ...target, values: table });
    setState(
      answer.ok
        ? { status: 'done', cells: answer.value.updatedCells }
        : { status: 'failed', message: answer.error.message },
    );
  }

  return (
    <form class="import-write-back" aria-labelledby="export-write-back-title" onSubmit={writeBack}>
      <h3 id="export-write-back-title" class="section-title">
        {i18n.t('import.export.writeBackTitle')}
      </h3>
      {isConfigured ? (
        <TextField
          id="export-sheet-url"
          type="url"
          label={i18n.t('import.export.sheetUrl')}
          hint={i18n.t('import.export.sheetUrlHint')}
          value={sheetUrl}
          error={urlError}
          onValue={setSheetUrl}
        />
      ) : (
        <p class="import-warning" data-testid="export-write-back-unavailable">
          {i18n.t('import.export.writeBackUnavailable')}
        </p>
      )}
      <div class="form-actions">
        <button
          type="submit"
          class="button"
          data-testid="export-write-back"
          disabled={!isConfigured || !table || state.status === 'writing'}
        >
          {i18n.t('import.export.writeBack')}
        </button>
      </div>
      {state.status === 'writing' ? (
        <ProgressNote testId="export-writing" text={i18n.t('import.export.writing')} />
      ) : null}
      {state.status === 'done' ? (
        <p class="form-success" role="status" data-testid="export-written">
          {i18n.t('import.export.written', state.cells)}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p class="form-error" role="alert" data-testid="export-write-back-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
