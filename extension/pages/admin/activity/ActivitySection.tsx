import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { HistoryEntry } from '../../../../shared/api/history';
import { type EntityName, entityNames } from '../../../../shared/entities';
import { readHistoryRetentionDays } from '../../../../shared/sync/record-history';
import { readRecords } from '../../../db/read-records';
import { readWorkspaceSettings } from '../../../db/workspace-queries';
import { adminPagePath } from '../../../messaging/admin-route';
import { workspacePagePath } from '../../../messaging/workspace-route';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { ChangeTable } from '../../workspace/history/ChangeTable';
import { HistoryStatus } from '../../workspace/history/HistoryStatus';
import {
  formatAuthor,
  formatEntityName,
  formatMutationName,
  formatWhen,
  isEntityName,
  readEntryName,
  readRecordName,
} from '../../workspace/history/history-format';
import { type ReferenceNames, useReferenceNames } from '../../workspace/history/reference-names';
import { useHistory } from '../../workspace/history/use-history';
import type { AdminSectionProps } from '../admin-section-props';
import { linkOfEntry } from './activity-links';
import './activity.css';
import '../../workspace/history/history.css';

/** A day from the date field (`YYYY-MM-DD`) as the start of that day here, in ISO time. */
const startOfDay = (day: string): string | undefined => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);

/**
 * The workspace's activity (issue 16): every change to its records, newest first, from the
 * Worker's history (docs/sync.md "Record history"), filtered by kind of record and date, each
 * linking to its record. `admin.html#/activity/<id>` shows one record's changes. Every member may
 * read it, as every member reads every record.
 */
export function ActivitySection({ connection, recordId, navigate }: AdminSectionProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  const [entity, setEntity] = useState<EntityName | ''>('');
  const [sinceDay, setSinceDay] = useState('');
  const history = useHistory(workspaceId, {
    entity: entity || undefined,
    id: recordId,
    since: startOfDay(sinceDay),
  });
  const settings = useLiveQuery(() => readWorkspaceSettings(db, workspaceId), [db, workspaceId]);
  const ids = history.entries.map((entry) => `${entry.entity}:${entry.id}`).join(',');
  const names = useLiveQuery(async () => {
    const refs = history.entries
      .filter((entry) => isEntityName(entry.entity))
      .map((entry) => ({ entity: entry.entity as EntityName, id: entry.id }));
    const records = await readRecords(db, workspaceId, refs);
    return new Map(records.flatMap((record) => (record ? [[record.id, readRecordName(record)] as const] : [])));
  }, [db, workspaceId, ids]);
  const references = useReferenceNames(workspaceId, history.entries);
  const isFiltered = entity !== '' || sinceDay !== '' || recordId !== undefined;

  return (
    <div class="activity" data-testid="activity-section">
      <p class="activity__intro">
        {i18n.t('adminActivity.intro', [String(readHistoryRetentionDays(settings ?? undefined))])}
      </p>
      <form
        class="activity__filters"
        aria-label={i18n.t('adminActivity.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <label class="field">
          <span class="field-label">{i18n.t('adminActivity.entity')}</span>
          <select
            data-testid="activity-entity"
            value={entity}
            onChange={(event) => setEntity(event.currentTarget.value as EntityName | '')}
          >
            <option value="">{i18n.t('adminActivity.allEntities')}</option>
            {entityNames.map((name) => (
              <option key={name} value={name}>
                {formatEntityName(name)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field-label">{i18n.t('adminActivity.since')}</span>
          <input
            type="date"
            data-testid="activity-since"
            value={sinceDay}
            onChange={(event) => setSinceDay(event.currentTarget.value)}
          />
        </label>
        {isFiltered ? (
          <button
            type="button"
            class="button button--quiet activity__clear"
            data-testid="activity-clear"
            onClick={() => {
              setEntity('');
              setSinceDay('');
              if (recordId) navigate({ section: 'activity' });
            }}
          >
            {i18n.t('adminActivity.clearFilters')}
          </button>
        ) : null}
      </form>
      <ol class="history-list activity__list" aria-label={i18n.t('adminActivity.tableCaption')} aria-live="polite">
        {history.entries.map((entry, index) => (
          // Entries never reorder: a new filter replaces the list, older pages are appended.
          <ActivityEntry
            key={index}
            index={index}
            entry={entry}
            references={references}
            // Until the local copies are read, no name rather than a wrong "(untitled)".
            name={names === undefined ? '' : (names.get(entry.id) ?? readEntryName(entry))}
          />
        ))}
      </ol>
      <HistoryStatus
        history={history}
        emptyText={isFiltered ? i18n.t('adminActivity.emptyFiltered') : i18n.t('adminActivity.empty')}
      />
      {!history.hasOlder && history.status === 'loaded' && !history.error && history.entries.length > 0 ? (
        <p class="history-status" data-testid="activity-end">
          {i18n.t('adminActivity.end')}
        </p>
      ) : null}
    </div>
  );
}

interface ActivityEntryProps {
  entry: HistoryEntry;
  index: number;
  name: string | undefined;
  references: ReferenceNames | undefined;
}

function ActivityEntry({ entry, index, name, references }: ActivityEntryProps) {
  const [isOpen, setIsOpen] = useState(Object.keys(entry.changes).length <= 3);
  const link = linkOfEntry(entry);
  const recordName = name ?? i18n.t('adminActivity.untitled');
  const fieldCount = Object.keys(entry.changes).length;
  const fieldsId = `activity-fields-${index}`;
  const href = link
    ? `${browser.runtime.getURL(link.page === 'admin' ? adminPagePath : workspacePagePath)}${link.hash}`
    : undefined;
  return (
    <li class="history-entry activity-entry" data-testid="activity-entry" data-entity={entry.entity}>
      <p class="activity-entry__record">
        <span class="activity-entry__kind">{formatEntityName(entry.entity)}</span>
        {href ? (
          <a
            class="history-entry__link"
            href={href}
            title={i18n.t('adminActivity.openHint')}
            aria-label={i18n.t('adminActivity.open', [recordName])}
            data-testid="activity-entry-link"
          >
            {recordName}
          </a>
        ) : (
          <span class="activity-entry__name">{recordName}</span>
        )}
      </p>
      <p class="history-entry__summary">
        <strong class="history-entry__mutation">{formatMutationName(entry.mutation)}</strong>{' '}
        <span class="history-entry__who">{i18n.t('adminActivity.record.by', [formatAuthor(entry)])}</span>
        <time class="history-entry__when" dateTime={entry.at}>
          {formatWhen(entry.at)}
        </time>
      </p>
      <button
        type="button"
        class="history-entry__fields-toggle"
        aria-expanded={isOpen ? 'true' : 'false'}
        aria-controls={fieldsId}
        data-testid="activity-entry-fields"
        onClick={() => setIsOpen(!isOpen)}
      >
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span> {i18n.t('adminActivity.fields', fieldCount)}
      </button>
      <div id={fieldsId} hidden={!isOpen}>
        {isOpen ? <ChangeTable entry={entry} references={references} /> : null}
      </div>
    </li>
  );
}
