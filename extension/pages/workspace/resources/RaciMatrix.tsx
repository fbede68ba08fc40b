import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  buildRaciMatrix,
  planRaciChange,
  type RaciMatrixRow,
} from '../../../../shared/analytics/resources/raci-matrix';
import { type RaciRole, raciRoles } from '../../../../shared/schemas/resources';
import { ModalDialog } from '../common/ModalDialog';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';

/** Rows drawn at first and added by each "Show more". */
const raciPageSize = 200;

interface RaciMatrixProps {
  view: ProjectView;
  /** People allocated to the project: a column each, roles or not. */
  allocatedIds: readonly string[];
  mayWrite: TabProps['mayWrite'];
}

const roleName = (role: RaciRole) => i18n.t(`workspaceResources.raci.role.${role}`);
const roleLetter = (role: RaciRole) => i18n.t(`workspaceResources.raci.letter.${role}`);

/**
 * The RACI matrix (shared/analytics/resources/raci-matrix.ts): milestones with the deliverables that
 * roll up to them, one column per person, R/A/C/I in the cells, and a warning on every row whose
 * accountable person is missing or not alone. A cell opens its roles to change.
 */
export function RaciMatrix({ view, allocatedIds, mayWrite }: RaciMatrixProps) {
  const { milestones, planItems } = view.records;
  const matrix = useMemo(
    () => buildRaciMatrix({ milestones, planItems, raci: view.raci }),
    [milestones, planItems, view.raci],
  );
  const [added, setAdded] = useState<string[]>([]);
  const [limit, setLimit] = useState(raciPageSize);
  const [editing, setEditing] = useState<{ row: RaciMatrixRow; personId: string }>();
  const personsById = useMemo(() => new Map(view.persons.map((person) => [person.id, person])), [view.persons]);
  const nameOf = (id: string) => personsById.get(id)?.name ?? i18n.t('workspaceResources.unknownPerson');
  const columns = useMemo(() => {
    const allocated = [...allocatedIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
    const ids = [...allocated];
    for (const id of [...matrix.personIds, ...added]) if (!ids.includes(id)) ids.push(id);
    return ids;
  }, [allocatedIds, matrix.personIds, added, personsById]);
  const canCreate = mayWrite('raci');
  // Browsers send both input and change for a select; the second finds the column there.
  const addColumn = (id: string) => {
    if (id) setAdded((previous) => (previous.includes(id) ? previous : [...previous, id]));
  };
  const addable = view.persons
    .filter((person) => !columns.includes(person.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = matrix.rows.slice(0, limit);
  const editingRow = editing ? matrix.rows.find((row) => row.target.id === editing.row.target.id) : undefined;

  return (
    <section class="card resources-card" aria-labelledby="resources-raci-title" data-testid="resources-raci">
      <div class="resources-card__head">
        <h3 id="resources-raci-title" class="resources-card__title">
          {i18n.t('workspaceResources.raci.title')}
        </h3>
        {canCreate && addable.length > 0 && matrix.rows.length > 0 ? (
          <div class="resources-raci__add">
            <label for="raci-add-person" class="visually-hidden">
              {i18n.t('workspaceResources.raci.addPerson')}
            </label>
            <select
              id="raci-add-person"
              data-testid="raci-add-person"
              value=""
              onInput={(event) => addColumn(event.currentTarget.value)}
              onChange={(event) => addColumn(event.currentTarget.value)}
            >
              <option value="">{i18n.t('workspaceResources.raci.addPerson')}</option>
              {addable.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p class="field-hint">{i18n.t('workspaceResources.raci.legend')}</p>
      {matrix.missingAccountable + matrix.severalAccountable > 0 ? (
        <ul class="resources-raci__warnings" data-testid="raci-warnings">
          {matrix.missingAccountable > 0 ? (
            <li>
              {i18n.t('workspaceResources.raci.missingCount', matrix.missingAccountable, [
                String(matrix.missingAccountable),
              ])}
            </li>
          ) : null}
          {matrix.severalAccountable > 0 ? (
            <li>
              {i18n.t('workspaceResources.raci.severalCount', matrix.severalAccountable, [
                String(matrix.severalAccountable),
              ])}
            </li>
          ) : null}
        </ul>
      ) : null}
      {matrix.rows.length === 0 ? (
        <p class="empty-state" data-testid="raci-empty">
          {i18n.t('workspaceResources.raci.empty')}
        </p>
      ) : columns.length === 0 ? (
        <p class="empty-state" data-testid="raci-no-people">
          {i18n.t('workspaceResources.raci.noPeople')}
        </p>
      ) : (
        <div class="resources-scroll">
          <table class="resources-raci" data-testid="raci-table">
            <caption class="visually-hidden">{i18n.t('workspaceResources.raci.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="resources-raci__target">
                  {i18n.t('workspaceResources.raci.target')}
                </th>
                {columns.map((id) => (
                  <th key={id} scope="col" class="resources-raci__person" data-person={id}>
                    {nameOf(id)}
                  </th>
                ))}
                <th scope="col">{i18n.t('workspaceResources.raci.accountable')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.target.kind}:${row.target.id}`} data-testid={`raci-row-${row.target.id}`}>
                  <th scope="row" class={`resources-raci__target resources-raci__target--depth${row.depth}`}>
                    <span class="resources-raci__kind">
                      {row.target.kind === 'milestone'
                        ? i18n.t('workspaceResources.raci.milestone')
                        : row.itemKind === 'deliverable'
                          ? i18n.t('workspaceResources.raci.deliverable')
                          : i18n.t('workspaceResources.raci.task')}
                    </span>
                    <span class="resources-raci__title">{row.title}</span>
                  </th>
                  {columns.map((personId) => {
                    const roles = row.rolesByPerson.get(personId) ?? [];
                    const letters = roles.map(roleLetter).join(' ');
                    const label = i18n.t('workspaceResources.raci.cellLabel', [
                      nameOf(personId),
                      row.title,
                      roles.length > 0 ? roles.map(roleName).join(', ') : i18n.t('workspaceResources.raci.noRole'),
                    ]);
                    return (
                      <td
                        key={personId}
                        class="resources-raci__cell"
                        data-testid={`raci-cell-${row.target.id}-${personId}`}
                      >
                        {canCreate ? (
                          <button
                            type="button"
                            class="resources-raci__button"
                            aria-label={label}
                            title={label}
                            aria-haspopup="dialog"
                            onClick={() => setEditing({ row, personId })}
                          >
                            {letters || <span aria-hidden="true">·</span>}
                          </button>
                        ) : (
                          <span title={label}>
                            <span aria-hidden="true">{letters || '·'}</span>
                            <span class="visually-hidden">{label}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <AccountabilityChip row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {matrix.rows.length > shown.length ? (
        <div class="resources-more">
          <button type="button" class="button" data-testid="raci-more" onClick={() => setLimit(limit + raciPageSize)}>
            {i18n.t('workspaceResources.list.showMore')}
          </button>
        </div>
      ) : null}
      {editing && editingRow ? (
        <RaciDialog
          view={view}
          row={editingRow}
          personId={editing.personId}
          personName={nameOf(editing.personId)}
          mayWrite={mayWrite}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </section>
  );
}

function AccountabilityChip({ row }: { row: RaciMatrixRow }) {
  if (row.accountability === 'single')
    return (
      <span class="resources-accountable resources-accountable--ok">{i18n.t('workspaceResources.raci.single')}</span>
    );
  return (
    <span class="resources-accountable resources-accountable--warn" data-testid={`raci-warning-${row.target.id}`}>
      <span aria-hidden="true">⚠ </span>
      {row.accountability === 'missing'
        ? i18n.t('workspaceResources.raci.missing')
        : i18n.t('workspaceResources.raci.several', [String(row.accountableIds.length)])}
    </span>
  );
}

/** One person's roles on one row, as checkboxes; saving adds and removes entries (planRaciChange). */
function RaciDialog({
  view,
  row,
  personId,
  personName,
  mayWrite,
  onClose,
}: {
  view: ProjectView;
  row: RaciMatrixRow;
  personId: string;
  personName: string;
  mayWrite: TabProps['mayWrite'];
  onClose(): void;
}) {
  const mutate = useMutate(view.workspaceId);
  const [roles, setRoles] = useState<RaciRole[]>(() => row.rolesByPerson.get(personId) ?? []);
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const others = row.accountableIds.filter((id) => id !== personId);
  const isSecondAccountable = roles.includes('accountable') && others.length > 0;

  async function save(event: Event) {
    event.preventDefault();
    const change = planRaciChange(row, personId, roles);
    const refused = change.remove.find((entry) => !mayWrite('raci', entry));
    if (refused) {
      setError(i18n.t('workspaceResources.raci.notYours'));
      return;
    }
    setIsBusy(true);
    for (const entry of change.remove) {
      const outcome = await mutate('raci.delete', { id: entry.id });
      if (!outcome.ok) {
        setIsBusy(false);
        setError(outcome.message);
        return;
      }
    }
    for (const role of change.add) {
      const target = row.target.kind === 'milestone' ? { milestoneId: row.target.id } : { planItemId: row.target.id };
      const outcome = await mutate('raci.create', {
        id: crypto.randomUUID(),
        projectId: view.records.project.id,
        personId,
        role,
        ...target,
      } as never);
      if (!outcome.ok) {
        setIsBusy(false);
        setError(outcome.message);
        return;
      }
    }
    setIsBusy(false);
    onClose();
  }

  return (
    <ModalDialog
      labelledBy="raci-dialog-title"
      className="resources-dialog resources-dialog--small"
      testId="raci-dialog"
      onClose={onClose}
    >
      <form class="resources-dialog__body" onSubmit={(event) => void save(event)}>
        <h2 id="raci-dialog-title" class="resources-dialog__title">
          {i18n.t('workspaceResources.raci.dialogTitle', [personName, row.title])}
        </h2>
        <fieldset class="resources-raci__roles">
          <legend class="field-label">{i18n.t('workspaceResources.raci.roles')}</legend>
          {raciRoles.map((role) => (
            <label key={role} class="resources-check">
              <input
                type="checkbox"
                data-testid={`raci-role-${role}`}
                checked={roles.includes(role)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setRoles((previous) =>
                    checked
                      ? [...previous.filter((held) => held !== role), role]
                      : previous.filter((held) => held !== role),
                  );
                }}
              />
              <span>
                <strong>{roleLetter(role)}</strong> {roleName(role)}
              </span>
            </label>
          ))}
        </fieldset>
        {isSecondAccountable ? (
          <p class="resources-warning" role="status" data-testid="raci-second-accountable">
            {i18n.t('workspaceResources.raci.alreadyAccountable', [
              others.map((id) => view.persons.find((person) => person.id === id)?.name ?? id).join(', '),
            ])}
          </p>
        ) : null}
        {error ? (
          <p class="form-error" role="alert" data-testid="raci-error">
            {error}
          </p>
        ) : null}
        <div class="form-actions resources-dialog__actions">
          <button type="submit" class="button button--primary" data-testid="raci-save" disabled={isBusy}>
            {isBusy ? i18n.t('workspaceResources.editor.saving') : i18n.t('workspaceResources.editor.save')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {i18n.t('workspaceResources.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
