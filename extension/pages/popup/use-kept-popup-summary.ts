import { useEffect } from 'preact/hooks';
import { buildPopupSummary, type PopupSummaryInput, writePopupSummary } from '../../db/popup-summary';
import { mirrorPopupSummary } from './use-popup-summary';

/**
 * Rewrites the popup's summary each time its live rows render, so the next popup opens on exactly
 * what this one showed (the project chosen here included). Null while any live row is still unread:
 * a summary is only ever made of live rows.
 */
export function useKeptPopupSummary(live: Omit<PopupSummaryInput, 'now'> | null): void {
  const { connection, connections, projects, chosenProjectId, risks, matrix, notices, refusals, language } = live ?? {};
  useEffect(() => {
    if (!connection || !connections || !projects || !risks || matrix === undefined) return;
    if (!notices || !refusals || !language) return;
    const summary = buildPopupSummary({
      connection,
      connections,
      projects,
      chosenProjectId: chosenProjectId ?? null,
      risks,
      matrix,
      notices,
      refusals,
      language,
      now: new Date().toISOString(),
    });
    mirrorPopupSummary(summary);
    // A summary that could not be written only makes the next popup wait for its live rows.
    void writePopupSummary(summary).catch(() => undefined);
  }, [connection, connections, projects, chosenProjectId, risks, matrix, notices, refusals, language]);
}
