import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { parseCsvText } from '../../../shared/tabular/index';
import { useBackgroundClient } from '../../ui/background-client';
import { decodeCsvBytes } from './decode-csv-bytes';
import type { ImportMemory } from './import-memory';
import { fileSourceKey, pastedSourceKey, type SheetSource, sheetSourceKey } from './sheet-source';
import type { LoadedSource } from './wizard-state';

/** Files beyond this are refused before reading, like the background refuses sheets beyond it. */
const maxFileBytes = 20 * 1024 * 1024;

export type LoaderState = { status: 'idle' } | { status: 'reading' } | { status: 'failed'; message: string };

/**
 * Reads a source into a table (a Google Sheets tab through the background, a file, pasted text),
 * then asks the background what it remembers of that source.
 */
export function useSourceLoader(
  workspaceId: string,
  onLoaded: (source: LoadedSource, memory: ImportMemory | null) => void,
) {
  const client = useBackgroundClient();
  const [state, setState] = useState<LoaderState>({ status: 'idle' });
  // Only the latest read may land: a slow sheet must not overwrite a file dropped meanwhile.
  const latest = useRef(0);

  async function load(read: () => Promise<{ text: string } | { error: string }>, sourceKey: string, label: string) {
    const attempt = ++latest.current;
    setState({ status: 'reading' });
    const answer = await read();
    if (attempt !== latest.current) return;
    if ('error' in answer) {
      setState({ status: 'failed', message: answer.error });
      return;
    }
    const parsed = parseCsvText(answer.text);
    if (!parsed.ok) {
      const key = parsed.error.code === 'empty' ? 'import.source.fileEmpty' : 'import.source.fileUnreadable';
      setState({ status: 'failed', message: i18n.t(key, [label]) });
      return;
    }
    const memory = await client.send('import.memory', { workspaceId, sourceKey });
    if (attempt !== latest.current) return;
    setState({ status: 'idle' });
    // A memory that cannot be read only means starting from suggestions.
    onLoaded({ sourceKey, label, table: parsed.value }, memory.ok ? memory.value : null);
  }

  function loadSheet(sheet: SheetSource) {
    const label = sheet.title || i18n.t('import.source.sheetUntitled', [sheet.gid]);
    return load(
      async () => {
        const answer = await client.send('sheets.fetchCsv', { spreadsheetId: sheet.spreadsheetId, gid: sheet.gid });
        return answer.ok ? { text: answer.value.text } : { error: answer.error.message };
      },
      sheetSourceKey(sheet),
      label,
    );
  }

  function loadFile(file: File) {
    return load(
      async () => {
        if (file.size > maxFileBytes) return { error: i18n.t('import.source.fileTooLarge', [file.name]) };
        try {
          return { text: decodeCsvBytes(await file.arrayBuffer()) };
        } catch (error) {
          return { error: i18n.t('import.source.fileFailed', [file.name, String(error)]) };
        }
      },
      fileSourceKey(file.name),
      file.name,
    );
  }

  function loadPasted(text: string) {
    if (!text.trim()) {
      setState({ status: 'failed', message: i18n.t('import.source.pasteMissing') });
      return Promise.resolve();
    }
    return load(async () => ({ text }), pastedSourceKey, i18n.t('import.source.pastedLabel'));
  }

  return { state, loadSheet, loadFile, loadPasted };
}
