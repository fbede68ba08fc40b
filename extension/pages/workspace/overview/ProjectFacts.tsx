import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isSameValue } from '../../../../shared/mutations/preconditions';
import type { Project } from '../../../../shared/schemas/project';
import { ProjectStateSchema } from '../../../../shared/schemas/project';
import { TextField } from '../../common/TextField';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import type { FieldConflict } from '../conflicts/field-conflict';
import { formatDay, formatMoney } from '../format';
import { formatFieldName } from '../history/history-format';
import { RecordHistory } from '../history/RecordHistory';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';

/** The project's facts as the form edits them: text in, typed values out. */
interface FactsDraft {
  code: string;
  name: string;
  state: Project['state'];
  sponsor: string;
  start: string;
  targetEnd: string;
  bac: string;
  strategicPriority: string;
  jiraProjectKeys: string;
  sheetUrls: string;
  description: string;
}

function toDraft(project: Project): FactsDraft {
  return {
    code: project.code,
    name: project.name,
    state: project.state,
    sponsor: project.sponsor?.name ?? '',
    start: project.start ?? '',
    targetEnd: project.targetEnd ?? '',
    bac: project.bac === undefined ? '' : String(project.bac),
    strategicPriority: project.strategicPriority === undefined ? '' : String(project.strategicPriority),
    jiraProjectKeys: (project.jiraProjectKeys ?? []).join(', '),
    sheetUrls: (project.sheetUrls ?? []).join('\n'),
    description: project.description ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The stored value each draft field stands for; `undefined` clears the field. */
function toValues(draft: FactsDraft, project: Project): Partial<Record<keyof Project, unknown>> {
  const sponsorName = optional(draft.sponsor);
  return {
    code: draft.code.trim(),
    name: draft.name.trim(),
    state: draft.state,
    sponsor: sponsorName === undefined ? undefined : { ...project.sponsor, name: sponsorName },
    start: optional(draft.start),
    targetEnd: optional(draft.targetEnd),
    bac: optional(draft.bac) === undefined ? undefined : Number(draft.bac.replace(',', '.')),
    strategicPriority: optional(draft.strategicPriority) === undefined ? undefined : Number(draft.strategicPriority),
    jiraProjectKeys: list(draft.jiraProjectKeys, /[,;\s]+/).map((key) => key.toUpperCase()),
    sheetUrls: list(draft.sheetUrls, /\n+/),
    description: optional(draft.description),
  };
}

/** Only what changed: an edit names the fields it writes, and expects the rest as they were (docs/sync.md "Conflicts"). */
function diffProject(draft: FactsDraft, project: Project) {
  const patch: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  const values = toValues(draft, project);
  for (const [field, value] of Object.entries(values)) {
    const current = project[field as keyof Project];
    const isEmptyList = Array.isArray(value) && value.length === 0 && current === undefined;
    if (isEmptyList || isSameValue(value, current)) continue;
    patch[field] = value;
    if (current !== undefined) expected[field] = current;
  }
  return { patch, expected };
}

/**
 * The project's facts (code, name, state, manager, sponsor, dates, budget, priority, Jira keys,
 * Sheets), editable by whoever may write the project; an edit that meets someone else's shows both.
 */
export function ProjectFacts({ view, mayWrite }: Pick<TabProps, 'view' | 'mayWrite'>) {
  const project = view.records.project;
  const [draft, setDraft] = useState<FactsDraft | null>(null);
  const canEdit = mayWrite('project', project);
  return (
    <section class="card overview__facts" aria-labelledby="overview-facts-title">
      <div class="card__head">
        <h3 id="overview-facts-title">{i18n.t('workspace.overview.factsTitle')}</h3>
        {canEdit && !draft ? (
          <button
            type="button"
            class="button button--quiet"
            data-testid="facts-edit"
            onClick={() => setDraft(toDraft(project))}
          >
            {i18n.t('workspace.overview.edit')}
          </button>
        ) : null}
      </div>
      <StoredConflicts workspaceId={view.workspaceId} recordId={project.id} labelOf={labelOf} />
      {draft ? (
        <FactsForm view={view} draft={draft} setDraft={setDraft} onDone={() => setDraft(null)} />
      ) : (
        <FactsList view={view} />
      )}
      <RecordHistory
        workspaceId={view.workspaceId}
        entity="project"
        recordId={project.id}
        version={project.version}
        labelOf={(field) => (projectFactFields.has(field) ? labelOf(field) : formatFieldName(field))}
      />
    </section>
  );
}

/** The fields `workspace.facts` names; the history names the others (managerId, templateId …) itself. */
const projectFactFields = new Set([
  'code',
  'name',
  'state',
  'sponsor',
  'start',
  'targetEnd',
  'bac',
  'strategicPriority',
  'jiraProjectKeys',
  'sheetUrls',
  'description',
]);

function labelOf(field: string): string {
  return i18n.t(`workspace.facts.${field}` as 'workspace.facts.name');
}

function FactsList({ view }: { view: ProjectView }) {
  const project = view.records.project;
  const facts: [string, string][] = [
    ['code', project.code],
    ['name', project.name],
    ['state', i18n.t(`workspace.states.${project.state}`)],
    ['manager', project.managerName ?? (project.managerId ? i18n.t('workspace.overview.someone') : '—')],
    ['sponsor', project.sponsor?.name ?? '—'],
    ['start', formatDay(project.start)],
    ['targetEnd', formatDay(project.targetEnd)],
    ['bac', formatMoney(project.bac, view.settings.currency)],
    ['strategicPriority', project.strategicPriority === undefined ? '—' : `${project.strategicPriority} / 5`],
    ['jiraProjectKeys', (project.jiraProjectKeys ?? []).join(', ') || '—'],
    ['sheetUrls', String(project.sheetUrls?.length ?? 0)],
  ];
  return (
    <dl class="facts" data-testid="project-facts">
      {facts.map(([field, value]) => (
        <div key={field} class="facts__item">
          <dt>{labelOf(field)}</dt>
          <dd data-testid={`fact-${field}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface FactsFormProps {
  view: ProjectView;
  draft: FactsDraft;
  setDraft(draft: FactsDraft): void;
  onDone(): void;
}

function FactsForm({ view, draft, setDraft, onDone }: FactsFormProps) {
  const project = view.records.project;
  const mutate = useMutate(view.workspaceId);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<FieldConflict>();
  const [isBusy, setIsBusy] = useState(false);
  const set = (field: keyof FactsDraft) => (value: string) => setDraft({ ...draft, [field]: value });

  async function save(event?: Event, override?: { patch: Record<string, unknown>; expected: Record<string, unknown> }) {
    event?.preventDefault();
    const { patch, expected } = override ?? diffProject(draft, project);
    if (Object.keys(patch).length === 0) return onDone();
    setIsBusy(true);
    const outcome = await mutate('project.update', { id: project.id, patch, expected } as never);
    setIsBusy(false);
    if (outcome.ok) {
      setConflict(undefined);
      return onDone();
    }
    const details = (outcome.error.details ?? {}) as { field?: string; actual?: unknown };
    if (outcome.error.code === 'precondition_failed' && typeof details.field === 'string') {
      setConflict({
        entity: 'project',
        recordId: project.id,
        field: details.field,
        theirs: details.actual,
        yours: patch[details.field],
        hasYours: true,
      });
      setError(undefined);
    } else setError(outcome.message);
  }

  return (
    <form class="facts-form" onSubmit={(event) => void save(event)} data-testid="facts-form" noValidate>
      {conflict ? (
        <ConflictChoice
          conflict={conflict}
          fieldLabel={labelOf(conflict.field)}
          isBusy={isBusy}
          onKeepTheirs={() => {
            setDraft({ ...draft, ...toDraftField(conflict.field, conflict.theirs, project) });
            setConflict(undefined);
          }}
          onUseMine={() =>
            void save(undefined, {
              patch: { [conflict.field]: conflict.yours },
              expected: { [conflict.field]: conflict.theirs },
            })
          }
        />
      ) : null}
      <div class="facts-form__grid">
        <TextField id="facts-code" label={labelOf('code')} value={draft.code} onValue={set('code')} maxLength={20} />
        <TextField id="facts-name" label={labelOf('name')} value={draft.name} onValue={set('name')} maxLength={200} />
        <div class="field">
          <label for="facts-state">{labelOf('state')}</label>
          <select
            id="facts-state"
            value={draft.state}
            onChange={(event) => set('state')((event.target as HTMLSelectElement).value)}
          >
            {ProjectStateSchema.options.map((state) => (
              <option key={state} value={state}>
                {i18n.t(`workspace.states.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="facts-sponsor" label={labelOf('sponsor')} value={draft.sponsor} onValue={set('sponsor')} />
        <TextField id="facts-start" label={labelOf('start')} type="date" value={draft.start} onValue={set('start')} />
        <TextField
          id="facts-targetEnd"
          label={labelOf('targetEnd')}
          type="date"
          value={draft.targetEnd}
          onValue={set('targetEnd')}
        />
        <TextField
          id="facts-bac"
          label={i18n.t('workspace.facts.bacIn', [view.settings.currency])}
          value={draft.bac}
          onValue={set('bac')}
          inputMode="decimal"
        />
        <div class="field">
          <label for="facts-priority">{labelOf('strategicPriority')}</label>
          <select
            id="facts-priority"
            value={draft.strategicPriority}
            onChange={(event) => set('strategicPriority')((event.target as HTMLSelectElement).value)}
          >
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((priority) => (
              <option key={priority} value={String(priority)}>{`${priority} / 5`}</option>
            ))}
          </select>
        </div>
        <TextField
          id="facts-jira"
          label={labelOf('jiraProjectKeys')}
          value={draft.jiraProjectKeys}
          onValue={set('jiraProjectKeys')}
          placeholder="PAY, CRM"
        />
      </div>
      <div class="field">
        <label for="facts-sheets">{labelOf('sheetUrls')}</label>
        <textarea
          id="facts-sheets"
          rows={2}
          value={draft.sheetUrls}
          onInput={(event) => set('sheetUrls')((event.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field">
        <label for="facts-description">{labelOf('description')}</label>
        <textarea
          id="facts-description"
          rows={3}
          value={draft.description}
          onInput={(event) => set('description')((event.target as HTMLTextAreaElement).value)}
        />
      </div>
      {error ? (
        <p class="form-error" role="alert" data-testid="facts-error">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="button" class="button button--quiet" onClick={onDone} data-testid="facts-cancel">
          {i18n.t('workspace.overview.cancel')}
        </button>
        <button type="submit" class="button button--primary" disabled={isBusy} data-testid="facts-save">
          {i18n.t('workspace.overview.save')}
        </button>
      </div>
    </form>
  );
}

/** Their value of one field, back into the form's text. */
function toDraftField(field: string, value: unknown, project: Project): Partial<FactsDraft> {
  const key = field as keyof FactsDraft;
  if (!(key in toDraft(project))) return {};
  return { [key]: toDraft({ ...project, [field]: value } as Project)[key] };
}
