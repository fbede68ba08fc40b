import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import type { PmoDatabase } from '../../extension/db/database';
import { DatabaseContext } from '../../extension/pages/database-context';
import { type BackgroundClient, BackgroundClientContext } from '../../extension/ui/background-client';

/** Renders a page component against a test database and background. */
export function renderPage(page: ComponentChild, db: PmoDatabase, client: BackgroundClient) {
  return render(
    <DatabaseContext.Provider value={db}>
      <BackgroundClientContext.Provider value={client}>{page}</BackgroundClientContext.Provider>
    </DatabaseContext.Provider>,
  );
}
