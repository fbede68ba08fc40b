import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BackgroundClient } from '../../ui/background-client';
import type { SheetPage } from './sheet-page';

export interface SheetsLauncherProps {
  page: SheetPage;
  background: BackgroundClient;
  /** The spreadsheet's name, read when the button is pressed (Sheets renames its tab title late). */
  readTitle: () => string;
}

/**
 * "Import this tab into Interim PMO": opens the import page for the tab shown. An error stays on
 * our line under the button, never in the page's console.
 */
export function SheetsLauncher({ page, background, readTitle }: SheetsLauncherProps) {
  const [isOpening, setIsOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An error was about the tab it was raised on.
  useEffect(() => setError(null), [page.gid]);

  const open = async () => {
    setIsOpening(true);
    setError(null);
    const title = readTitle();
    const answer = await background.send('sheets.openImport', { ...page, ...(title ? { title } : {}) });
    setIsOpening(false);
    if (!answer.ok) setError(answer.error.message);
  };

  return (
    <div class="pmo-root pmo-sheets">
      <button
        type="button"
        class="pmo-sheets__launch"
        data-testid="pmo-sheets-launcher"
        data-gid={page.gid}
        disabled={isOpening}
        onClick={() => void open()}
      >
        {i18n.t('sheets.launcher')}
      </button>
      {error ? (
        <p class="pmo-error" role="alert" data-testid="pmo-sheets-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
