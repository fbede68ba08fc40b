import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Language } from '../../../../shared/i18n/format-message';
import { listGateCriteria, searchPlaybooks } from '../../../../shared/methodology/playbook-links';
import type { Playbook } from '../../../../shared/schemas/playbooks';
import { listPlaybooks, listTemplatesForPlaybooks } from '../../../db/playbook-queries';
import { formatAdminRoute } from '../../../messaging/admin-route';
import { readUiLanguage } from '../../../messaging/ui-language';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import type { AdminSectionProps } from '../admin-section-props';
import { mayWritePlaybooks } from './may-write-playbooks';
import { PlaybookEditor } from './PlaybookEditor';
import { PlaybookReader } from './PlaybookReader';
import { describeRule } from './playbook-labels';
import './playbooks.css';
import { SearchField } from '../../common/SearchField';

/**
 * The PMO's playbooks (`admin.html#/playbooks[/<id>]`): a searchable list, one playbook read at its
 * address, and for an owner or PMO the editor (docs/domain.md "Playbook"). Other roles read only,
 * and are told so; no button they could not use is shown.
 */
export function PlaybooksSection({ connection, member, recordId, navigate }: AdminSectionProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  const playbooks = useLiveQuery(() => listPlaybooks(db, workspaceId), [db, workspaceId]);
  const templates = useLiveQuery(() => listTemplatesForPlaybooks(db, workspaceId), [db, workspaceId]);
  const criteria = useMemo(() => listGateCriteria(templates ?? []), [templates]);
  const canWrite = mayWritePlaybooks(member);
  const language = readUiLanguage();
  /** The playbook being written: 'new', or the id of the one edited. */
  const [editing, setEditing] = useState<string>();
  // Another address (back, a bookmark, the section list) leaves the editor.
  useEffect(() => setEditing(undefined), [recordId]);

  if (playbooks === undefined || templates === undefined)
    return <p class="muted">{i18n.t('adminPlaybooks.loading')}</p>;

  const open = recordId ? playbooks.find((playbook) => playbook.id === recordId) : undefined;
  const finishEditing = (id: string | undefined) => {
    setEditing(undefined);
    navigate({ section: 'playbooks', ...(id ? { recordId: id } : {}) });
  };

  if (canWrite && (editing === 'new' || (editing && open && editing === open.id)))
    return (
      <PlaybookEditor
        key={editing}
        workspaceId={workspaceId}
        language={language}
        playbook={editing === 'new' ? undefined : open}
        criteria={criteria}
        onDone={finishEditing}
      />
    );

  if (recordId)
    return (
      <div class="playbooks">
        <BackLink navigate={navigate} />
        {open ? (
          <>
            <PlaybookReader playbook={open} language={language} criteria={criteria} titleId="playbook-reader-heading" />
            {canWrite ? (
              <div class="form-actions playbooks__reader-actions">
                <button
                  type="button"
                  class="button button--primary"
                  data-testid="playbook-edit"
                  onClick={() => setEditing(open.id)}
                >
                  {i18n.t('adminPlaybooks.edit')}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <p class="empty-state" data-testid="playbook-not-found">
            {i18n.t('adminPlaybooks.notFound')}
          </p>
        )}
      </div>
    );

  return (
    <PlaybookList
      playbooks={playbooks}
      canWrite={canWrite}
      language={language}
      navigate={navigate}
      onNew={() => setEditing('new')}
    />
  );
}

function BackLink({ navigate }: Pick<AdminSectionProps, 'navigate'>) {
  return (
    <p>
      <a
        href={formatAdminRoute({ section: 'playbooks' })}
        class="playbooks__back"
        data-testid="playbook-back"
        onClick={(event) => {
          event.preventDefault();
          navigate({ section: 'playbooks' });
        }}
      >
        ← {i18n.t('adminPlaybooks.back')}
      </a>
    </p>
  );
}

interface PlaybookListProps {
  playbooks: readonly Playbook[];
  canWrite: boolean;
  language: Language;
  navigate: AdminSectionProps['navigate'];
  onNew(): void;
}

/** Every playbook, searchable, as a table: title (opening it), the rules it coaches, its criteria and tags. */
function PlaybookList({ playbooks, canWrite, language, navigate, onNew }: PlaybookListProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchPlaybooks(playbooks, query), [playbooks, query]);
  return (
    <div class="playbooks">
      <p class="playbooks__intro">{i18n.t('adminPlaybooks.intro')}</p>
      {canWrite ? null : (
        <p class="playbooks__read-only" data-testid="playbooks-read-only">
          {i18n.t('adminPlaybooks.readOnly')}
        </p>
      )}
      <div class="playbooks__toolbar">
        <SearchField
          id="playbooks-search"
          label={i18n.t('adminPlaybooks.search')}
          placeholder={i18n.t('adminPlaybooks.searchPlaceholder')}
          className="playbooks__search"
          value={query}
          onValue={setQuery}
        />
        {canWrite ? (
          <button type="button" class="button button--primary" data-testid="playbook-new" onClick={onNew}>
            {i18n.t('adminPlaybooks.new')}
          </button>
        ) : null}
      </div>
      {playbooks.length === 0 ? (
        <p class="empty-state" data-testid="playbooks-empty">
          {i18n.t('adminPlaybooks.empty')}
        </p>
      ) : shown.length === 0 ? (
        <p class="empty-state" data-testid="playbooks-no-match" role="status">
          {i18n.t('adminPlaybooks.noMatch', [query.trim()])}
        </p>
      ) : (
        <div class="playbooks__table-box">
          <table class="playbooks__table" data-testid="playbooks-table">
            <caption class="visually-hidden">{i18n.t('adminPlaybooks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('adminPlaybooks.columns.title')}</th>
                <th scope="col">{i18n.t('adminPlaybooks.columns.rules')}</th>
                <th scope="col">{i18n.t('adminPlaybooks.columns.criteria')}</th>
                <th scope="col">{i18n.t('adminPlaybooks.columns.tags')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((playbook) => (
                <tr key={playbook.id} data-testid="playbook-row">
                  <th scope="row" data-label={i18n.t('adminPlaybooks.columns.title')}>
                    <a
                      href={formatAdminRoute({ section: 'playbooks', recordId: playbook.id })}
                      data-testid="playbook-open"
                      onClick={(event) => {
                        event.preventDefault();
                        navigate({ section: 'playbooks', recordId: playbook.id });
                      }}
                    >
                      {playbook.title}
                    </a>
                  </th>
                  <td data-label={i18n.t('adminPlaybooks.columns.rules')} data-testid="playbook-row-rules">
                    {playbook.ruleIds.length > 0 ? (
                      <ul class="playbooks__rules">
                        {playbook.ruleIds.map((ruleId) => (
                          <li key={ruleId}>{describeRule(ruleId, language)}</li>
                        ))}
                      </ul>
                    ) : (
                      <span class="muted">{i18n.t('adminPlaybooks.none')}</span>
                    )}
                  </td>
                  <td data-label={i18n.t('adminPlaybooks.columns.criteria')} class="playbooks__num">
                    {playbook.criterionIds.length > 0 ? (
                      String(playbook.criterionIds.length)
                    ) : (
                      <span class="muted">{i18n.t('adminPlaybooks.none')}</span>
                    )}
                  </td>
                  <td data-label={i18n.t('adminPlaybooks.columns.tags')}>
                    {playbook.tags.length > 0 ? (
                      playbook.tags.join(', ')
                    ) : (
                      <span class="muted">{i18n.t('adminPlaybooks.none')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
