import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { EntityName } from '../../../../shared/entities';
import { ChangeTable } from './ChangeTable';
import { HistoryStatus } from './HistoryStatus';
import { formatAuthor, formatMutationName, formatWhen } from './history-format';
import { useReferenceNames } from './reference-names';
import { useHistory } from './use-history';
import './history.css';

export interface RecordHistoryProps {
  workspaceId: string;
  entity: EntityName;
  recordId: string;
  /** The record's server version: 0 until it first syncs; a new one reloads an open history. */
  version: number;
  /** The editor's own field labels, when it has them. */
  labelOf?(field: string): string;
  /** A value as the editor shows it (an enum in words), when it knows better than formatFieldValue. */
  describeValue?(field: string, value: unknown): string;
}

/**
 * "History" on a record (issue 16): who changed it, when, with which mutation and each field from →
 * to, newest first, from the Worker (docs/sync.md "Record history"); read only when opened, and
 * again when a new version of the record arrives. Offline it says that history needs a connection.
 */
export function RecordHistory(props: RecordHistoryProps) {
  const { workspaceId, entity, recordId, version } = props;
  const [isOpen, setIsOpen] = useState(false);
  const isSynced = version > 0;
  const history = useHistory(workspaceId, { entity, id: recordId }, isOpen && isSynced);
  const references = useReferenceNames(workspaceId, history.entries);
  const panelId = `record-history-${recordId}`;

  useEffect(() => {
    if (isOpen && isSynced) history.reload();
  }, [version]);

  return (
    <section class="record-history" data-testid="record-history">
      <h3 class="record-history__heading">
        <button
          type="button"
          class="record-history__toggle"
          aria-expanded={isOpen ? 'true' : 'false'}
          aria-controls={panelId}
          data-testid="record-history-toggle"
          onClick={() => setIsOpen(!isOpen)}
        >
          <span class="record-history__chevron" aria-hidden="true">
            {isOpen ? '▾' : '▸'}
          </span>
          {i18n.t('adminActivity.record.toggle')}
        </button>
      </h3>
      {isOpen ? (
        <div id={panelId} class="record-history__panel">
          {isSynced ? (
            <>
              <ol class="history-list">
                {history.entries.map((entry, index) => (
                  // Entries never reorder: newer pages replace the list, older ones are appended.
                  <li key={index} class="history-entry" data-testid="record-history-entry">
                    <p class="history-entry__summary">
                      <strong class="history-entry__mutation">{formatMutationName(entry.mutation)}</strong>{' '}
                      <span class="history-entry__who">{i18n.t('adminActivity.record.by', [formatAuthor(entry)])}</span>
                      <time class="history-entry__when" dateTime={entry.at}>
                        {formatWhen(entry.at)}
                      </time>
                    </p>
                    <ChangeTable
                      entry={entry}
                      labelOf={props.labelOf}
                      describeValue={props.describeValue}
                      references={references}
                    />
                  </li>
                ))}
              </ol>
              <HistoryStatus history={history} emptyText={i18n.t('adminActivity.record.empty')} />
            </>
          ) : (
            <p class="history-status empty-state" data-testid="record-history-not-synced">
              {i18n.t('adminActivity.record.notSynced')}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
