import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { listProjectsFollowing } from '../../../../shared/methodology/template-edits';
import { listProjects, listTemplates } from '../../../db/workspace-queries';
import { formatAdminRoute } from '../../../messaging/admin-route';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import type { AdminSectionProps } from '../admin-section-props';
import { mayGovern } from './may-govern';
import { NewTemplateDialog } from './NewTemplateDialog';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import './method.css';

/**
 * The workspace's methods (docs/domain.md "Methodology template"): the templates and, at
 * `admin.html#/method/<id>`, one template's phases, gates, criteria and artifacts. Owners and PMOs
 * create, edit and delete them; every PM receives them through sync. Other roles read.
 */
export function MethodSection({ connection, member, recordId, navigate }: AdminSectionProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  const templates = useLiveQuery(() => listTemplates(db, workspaceId), [db, workspaceId]);
  const projects = useLiveQuery(() => listProjects(db, workspaceId), [db, workspaceId]);
  const [isCreating, setIsCreating] = useState(false);
  const mayEdit = mayGovern(member, 'defineTemplates');
  if (templates === undefined || projects === undefined) return <div aria-busy="true" />;

  const opened = recordId ? templates.find((template) => template.id === recordId) : undefined;
  if (opened)
    return (
      <div class="method-section">
        <a
          class="button button--link"
          href={formatAdminRoute({ section: 'method' })}
          data-testid="method-back"
          onClick={(event) => {
            event.preventDefault();
            navigate({ section: 'method' });
          }}
        >
          {i18n.t('adminMethod.back')}
        </a>
        <TemplateEditor
          key={opened.id}
          workspaceId={workspaceId}
          template={opened}
          following={listProjectsFollowing(opened.id, projects)}
          mayEdit={mayEdit}
          onClose={() => navigate({ section: 'method' })}
        />
      </div>
    );

  return (
    <div class="method-section">
      <p class="method-intro">{i18n.t('adminMethod.intro')}</p>
      {recordId ? (
        <p class="method-note" role="status" data-testid="method-missing">
          {i18n.t('adminMethod.missing')}
        </p>
      ) : null}
      {mayEdit ? (
        <div class="form-actions method-section__tools">
          <button
            type="button"
            class="button button--primary"
            data-testid="method-new"
            onClick={() => setIsCreating(true)}
          >
            {i18n.t('adminMethod.new.button')}
          </button>
        </div>
      ) : (
        <p class="method-note" data-testid="method-read-only">
          {i18n.t('adminMethod.readOnly')}
        </p>
      )}
      <TemplateList
        templates={templates}
        projects={projects}
        onOpen={(id) => navigate({ section: 'method', recordId: id })}
      />
      {isCreating ? (
        <NewTemplateDialog
          workspaceId={workspaceId}
          templates={templates}
          onClose={() => setIsCreating(false)}
          onCreated={(id) => {
            setIsCreating(false);
            navigate({ section: 'method', recordId: id });
          }}
        />
      ) : null}
    </div>
  );
}
