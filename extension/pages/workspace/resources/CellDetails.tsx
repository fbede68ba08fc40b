import { i18n } from '#i18n';
import type { ResourceCell, ResourceRow } from '../../../../shared/analytics/resources/resource-grid';
import type { OverAllocationContact } from '../../../../shared/analytics/resources/who-to-ask';
import type { Project } from '../../../../shared/schemas/project';
import type { Person } from '../../../../shared/schemas/resources';
import { ModalDialog } from '../common/ModalDialog';
import { formatDay } from '../format';
import { formatHours } from './resource-format';
import { ContactCard } from './WhoToAsk';

interface CellDetailsProps {
  row: ResourceRow;
  cell: ResourceCell;
  isoWeek: number;
  projectId: string;
  projectsById: ReadonlyMap<string, Project>;
  person: Person | undefined;
  contact: OverAllocationContact | undefined;
  onClose(): void;
}

/**
 * One person's week: the projects that make up the load (a table), capacity with the calendar
 * exceptions that lower it and, when over capacity, whom to ask.
 */
export function CellDetails({
  row,
  cell,
  isoWeek,
  projectId,
  projectsById,
  person,
  contact,
  onClose,
}: CellDetailsProps) {
  return (
    <ModalDialog
      labelledBy="resources-cell-title"
      className="resources-dialog resources-dialog--small"
      testId="resources-cell-details"
      onClose={onClose}
    >
      <div class="resources-dialog__body">
        <h2 id="resources-cell-title" class="resources-dialog__title">
          {i18n.t('workspaceResources.cell.title', [row.personName, String(isoWeek), formatDay(cell.weekStart)])}
        </h2>
        <p data-testid="resources-cell-summary" class={cell.isOverAllocated ? 'resources-over-text' : undefined}>
          {cell.isOverAllocated
            ? i18n.t('workspaceResources.cell.over', [
                formatHours(cell.totalHours),
                formatHours(cell.capacityHours),
                formatHours(cell.overBy),
              ])
            : i18n.t('workspaceResources.cell.within', [formatHours(cell.totalHours), formatHours(cell.capacityHours)])}
        </p>
        {cell.shares.length > 0 ? (
          <div class="resources-scroll">
            <table class="resources-table" data-testid="resources-cell-table">
              <caption class="visually-hidden">{i18n.t('workspaceResources.cell.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('workspaceResources.cell.project')}</th>
                  <th scope="col">{i18n.t('workspaceResources.cell.manager')}</th>
                  <th scope="col" class="resources-table__number">
                    {i18n.t('workspaceResources.cell.hours')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cell.shares.map((share) => {
                  const project = projectsById.get(share.projectId);
                  return (
                    <tr key={share.projectId} data-testid={`resources-share-${share.projectId}`}>
                      <th scope="row">
                        {project ? `${project.code} · ${project.name}` : i18n.t('workspaceResources.unknownProject')}
                        {share.projectId === projectId ? (
                          <span class="resources-tag">{i18n.t('workspaceResources.cell.thisProject')}</span>
                        ) : null}
                        {share.isKey ? (
                          <span class="resources-tag">{i18n.t('workspaceResources.keyPerson')}</span>
                        ) : null}
                      </th>
                      <td>{project?.managerName ?? '—'}</td>
                      <td class="resources-table__number">{formatHours(share.hours)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        {cell.exceptions.length > 0 ? (
          <ul class="resources-exceptions" aria-label={i18n.t('workspaceResources.cell.exceptions')}>
            {cell.exceptions.map((exception) => (
              <li key={`${exception.from}-${exception.to}`}>
                {i18n.t('workspaceResources.cell.exception', [
                  exception.reason ?? i18n.t('workspaceResources.exception'),
                  formatDay(exception.from),
                  formatDay(exception.to),
                  formatHours(exception.hoursPerWeek),
                ])}
              </li>
            ))}
          </ul>
        ) : null}
        {cell.isOverAllocated && contact ? (
          <section class="resources-dialog__ask" aria-labelledby="resources-cell-ask">
            <h3 id="resources-cell-ask" class="resources-card__title">
              {i18n.t('workspaceResources.ask.title')}
            </h3>
            <ContactCard contact={contact} person={person} projectsById={projectsById} weekStart={cell.weekStart} />
          </section>
        ) : null}
        <div class="form-actions resources-dialog__actions">
          <button type="button" class="button button--primary" data-testid="resources-cell-close" onClick={onClose}>
            {i18n.t('workspaceResources.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
