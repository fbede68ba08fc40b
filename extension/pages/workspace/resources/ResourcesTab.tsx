import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AllocationSort } from '../../../../shared/analytics/resources/allocation-list';
import { shiftWeek } from '../../../../shared/analytics/resources/iso-day';
import {
  buildResourceGrid,
  firstGridWeek,
  gridWeekCount,
  listGridWeeks,
} from '../../../../shared/analytics/resources/resource-grid';
import { listOverAllocationContacts } from '../../../../shared/analytics/resources/who-to-ask';
import { MissingRecordDialog } from '../common/MissingRecordDialog';
import type { TabProps } from '../tab-props';
import { AllocationEditor } from './AllocationEditor';
import { AllocationList, allocationPageSize } from './AllocationList';
import { CellDetails } from './CellDetails';
import { PersonDialog } from './PersonDialog';
import { RaciMatrix } from './RaciMatrix';
import { ResourceGrid } from './ResourceGrid';
import { WhoToAsk } from './WhoToAsk';
import './resources.css';

/**
 * The Resources tab (issue 15): the people on the project week by week against their capacity on
 * every project of the workspace (over-allocated weeks as shared/analytics/resources flags them),
 * whom to ask about each over-allocation, the allocations to edit (the address
 * `#/projects/<id>/resources/<allocationId>` opens one) and the RACI matrix.
 */
export function ResourcesTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const load = view.workspace;
  const [shift, setShift] = useState(0);
  const [openCell, setOpenCell] = useState<{ personId: string; weekStart: string }>();
  const [sort, setSort] = useState<AllocationSort>({ key: 'person', direction: 'asc' });
  const [limit, setLimit] = useState(allocationPageSize);
  const [isCreating, setIsCreating] = useState<{ personId?: string }>();
  const [isAddingPerson, setIsAddingPerson] = useState(false);
  /** An allocation whose absence is expected for a moment: being deleted. */
  const [pendingId, setPendingId] = useState<string>();

  const project = view.records.project;
  const weeks = useMemo(() => {
    const first = shiftWeek(firstGridWeek({ today: view.today, projectStart: project.start }), shift);
    return listGridWeeks(first, gridWeekCount, view.today);
  }, [view.today, project.start, shift]);
  const allocations = load.allocations;
  const rows = useMemo(
    () =>
      buildResourceGrid({
        projectId: project.id,
        people: view.persons,
        allocations,
        calendar: view.settings,
        weekStarts: weeks.map((week) => week.weekStart),
      }),
    [allocations, view.persons, view.settings, weeks, project.id],
  );
  const contacts = useMemo(() => listOverAllocationContacts(rows, project.id), [rows, project.id]);
  const projectsById = useMemo(() => new Map(load.projects.map((entry) => [entry.id, entry])), [load.projects]);
  const personsById = useMemo(() => new Map(view.persons.map((person) => [person.id, person])), [view.persons]);
  const projectAllocations = view.records.allocations;
  const allocatedIds = useMemo(
    () => [...new Set(projectAllocations.map((allocation) => allocation.personId))].filter((id) => personsById.has(id)),
    [projectAllocations, personsById],
  );

  const canAllocate = mayWrite('allocation');
  const canAddPerson = mayWrite('person');
  const editing = recordId ? projectAllocations.find((allocation) => allocation.id === recordId) : undefined;
  const closeEditor = () => {
    setIsCreating(undefined);
    if (recordId) navigate({ tab: 'resources' });
  };

  const cellRow = openCell ? rows.find((row) => row.personId === openCell.personId) : undefined;
  const cell = cellRow?.cells.find((entry) => entry.weekStart === openCell?.weekStart);
  const overWeeks = rows.reduce((sum, row) => sum + row.overWeeks, 0);

  return (
    <div class="resources" data-testid="resources-tab">
      <header class="resources__header">
        <div>
          <h2 class="resources__title">{i18n.t('workspaceResources.title')}</h2>
          <p class="field-hint" data-testid="resources-summary">
            {i18n.t('workspaceResources.summary', rows.length, [String(rows.length)])}{' '}
            {overWeeks > 0 ? (
              <span class="resources-over-text">
                {i18n.t('workspaceResources.summaryOver', overWeeks, [String(overWeeks)])}
              </span>
            ) : null}
          </p>
        </div>
        <div class="form-actions">
          {canAddPerson ? (
            <button
              type="button"
              class="button"
              data-testid="resources-add-person"
              onClick={() => setIsAddingPerson(true)}
            >
              {i18n.t('workspaceResources.addPerson')}
            </button>
          ) : null}
          {canAllocate ? (
            <button
              type="button"
              class="button button--primary"
              data-testid="resources-add-allocation"
              onClick={() => setIsCreating({})}
            >
              {i18n.t('workspaceResources.addAllocation')}
            </button>
          ) : null}
        </div>
      </header>
      <ResourceGrid
        rows={rows}
        weeks={weeks}
        projectsById={projectsById}
        isShifted={shift !== 0}
        onShift={(weeksBy) => setShift(weeksBy === 0 ? 0 : shift + weeksBy)}
        onOpenCell={(personId, weekStart) => setOpenCell({ personId, weekStart })}
      />
      <WhoToAsk contacts={contacts} projectsById={projectsById} personsById={personsById} />
      <AllocationList
        allocations={projectAllocations}
        persons={view.persons}
        personsById={personsById}
        today={view.today}
        sort={sort}
        onSort={(next) => {
          setSort(next);
          setLimit(allocationPageSize);
        }}
        limit={limit}
        onShowMore={() => setLimit(limit + allocationPageSize)}
        onOpen={(id) => navigate({ tab: 'resources', recordId: id })}
        canCreate={canAllocate}
      />
      <RaciMatrix view={view} allocatedIds={allocatedIds} mayWrite={mayWrite} />
      {cellRow && cell ? (
        <CellDetails
          row={cellRow}
          cell={cell}
          isoWeek={weeks.find((week) => week.weekStart === cell.weekStart)?.isoWeek ?? 0}
          projectId={project.id}
          projectsById={projectsById}
          person={personsById.get(cellRow.personId)}
          // Who to ask about this week alone: the shared contact list of a one-week grid row.
          contact={listOverAllocationContacts([{ ...cellRow, cells: [cell] }], project.id)[0]}
          onClose={() => setOpenCell(undefined)}
        />
      ) : null}
      {isCreating || editing ? (
        <AllocationEditor
          key={isCreating ? 'new' : editing?.id}
          view={view}
          allocation={isCreating ? undefined : editing}
          personId={isCreating?.personId}
          mayWrite={mayWrite}
          onClose={closeEditor}
          onDeleting={setPendingId}
        />
      ) : recordId && recordId !== pendingId ? (
        <MissingRecordDialog
          testId="allocation-missing"
          className="resources-dialog resources-dialog--small"
          bodyClass="resources-dialog__body"
          actionsClass="form-actions resources-dialog__actions"
          text={i18n.t('workspaceResources.editor.notFound')}
          closeLabel={i18n.t('workspaceResources.close')}
          onClose={closeEditor}
        />
      ) : null}
      {isAddingPerson ? (
        <PersonDialog
          workspaceId={view.workspaceId}
          onClose={() => setIsAddingPerson(false)}
          onCreated={(personId) => {
            setIsAddingPerson(false);
            if (canAllocate) setIsCreating({ personId });
          }}
        />
      ) : null}
    </div>
  );
}
