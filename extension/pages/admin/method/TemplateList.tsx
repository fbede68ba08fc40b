import { i18n } from '#i18n';
import { listProjectsFollowing } from '../../../../shared/methodology/template-edits';
import type { Template } from '../../../../shared/schemas/methodology';
import type { Project } from '../../../../shared/schemas/project';
import { formatAdminRoute } from '../../../messaging/admin-route';

interface TemplateListProps {
  templates: readonly Template[];
  projects: readonly Project[];
  onOpen(templateId: string): void;
}

/** The workspace's templates: name (opens it), kind, version and how many projects follow each. */
export function TemplateList({ templates, projects, onOpen }: TemplateListProps) {
  if (templates.length === 0)
    return (
      <p class="empty-state" data-testid="method-empty">
        {i18n.t('adminMethod.empty')}
      </p>
    );
  return (
    <div class="method-table-scroll">
      <table class="method-table" data-testid="method-table">
        <caption class="visually-hidden">{i18n.t('adminMethod.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('adminMethod.column.name')}</th>
            <th scope="col">{i18n.t('adminMethod.column.kind')}</th>
            <th scope="col" class="method-table__number">
              {i18n.t('adminMethod.column.version')}
            </th>
            <th scope="col" class="method-table__number">
              {i18n.t('adminMethod.column.projects')}
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id} data-testid="method-row" data-template-id={template.id}>
              <th scope="row">
                <a
                  href={formatAdminRoute({ section: 'method', recordId: template.id })}
                  data-testid="method-open"
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(template.id);
                  }}
                >
                  {template.name}
                </a>
              </th>
              <td>{i18n.t(`adminMethod.kind.${template.kind}`)}</td>
              <td class="method-table__number" data-testid="method-row-version">
                {template.templateVersion}
              </td>
              <td class="method-table__number" data-testid="method-row-projects">
                {listProjectsFollowing(template.id, projects).length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The projects that follow a template, with the phase each is in: who an edit reaches. */
export function FollowingProjects({ template, following }: { template: Template; following: readonly Project[] }) {
  const phaseName = (id: string | undefined) =>
    template.phases.find((phase) => phase.id === id)?.name ?? i18n.t('adminMethod.following.noPhase');
  return (
    <section class="method-following" aria-labelledby="method-following-title" data-testid="method-following">
      <h4 id="method-following-title" class="method-editor__subtitle">
        {i18n.t('adminMethod.following.title')}
      </h4>
      {following.length === 0 ? (
        <p class="field-hint">{i18n.t('adminMethod.following.none')}</p>
      ) : (
        <div class="method-table-scroll">
          <table class="method-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t('adminMethod.following.project')}</th>
                <th scope="col">{i18n.t('adminMethod.following.phase')}</th>
              </tr>
            </thead>
            <tbody>
              {following.map((project) => (
                <tr key={project.id} data-testid="method-following-row">
                  <th scope="row">
                    {project.code} · {project.name}
                  </th>
                  <td>{phaseName(project.currentPhaseId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
