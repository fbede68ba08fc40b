import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { findRemovedPhasesInUse, moveItem } from '../../../../shared/methodology/template-edits';
import type { Template } from '../../../../shared/schemas/methodology';
import type { Project } from '../../../../shared/schemas/project';
import { ConfirmActions } from '../../common/ConfirmActions';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../../workspace/common/ModalDialog';
import { useMutate } from '../../workspace/use-mutate';
import { PhaseEditor } from './PhaseEditor';
import { FollowingProjects } from './TemplateList';
import { TemplateView } from './TemplateView';
import {
  cleanDraft,
  type DraftProblem,
  draftOf,
  findDraftProblem,
  isDraftChanged,
  newPhase,
  patchOf,
} from './template-draft';

interface TemplateEditorProps {
  workspaceId: string;
  template: Template;
  following: readonly Project[];
  mayEdit: boolean;
  onClose(): void;
}

const kinds = ['stage_gate', 'agile', 'hybrid'] as const;

function describeProblem(problem: DraftProblem): string {
  if (problem.kind === 'templateName') return i18n.t('adminMethod.problem.templateName');
  if (problem.kind === 'phaseName') return i18n.t('adminMethod.problem.phaseName', [String(problem.index + 1)]);
  return i18n.t('adminMethod.problem.gateName', [String(problem.index + 1)]);
}

/**
 * One template, edited as a whole and saved with `template.update`: only the fields that changed,
 * expecting the version the editor started from, so a save made meanwhile by someone else is shown
 * as a choice instead of being overwritten (docs/sync.md "Conflicts"). The server raises the
 * version on each save. Roles that cannot define templates read it.
 */
export function TemplateEditor({ workspaceId, template, following, mayEdit, onClose }: TemplateEditorProps) {
  const mutate = useMutate(workspaceId);
  // The template the draft started from and the draft, in one state: an update queued before a
  // pending sync effect must see the draft it compares against.
  const [editing, setEditing] = useState(() => ({ base: template, draft: draftOf(template) }));
  const { base, draft } = editing;
  const [error, setError] = useState<string>();
  const [hasConflict, setHasConflict] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [focusAfterMove, setFocusAfterMove] = useState<string>();
  const isDirty = isDraftChanged(base, draft);
  const restart = (from: Template) => setEditing({ base: from, draft: draftOf(from) });

  useEffect(() => {
    // A template synced meanwhile replaces an untouched draft at once; a touched one waits for the save.
    setEditing((current) =>
      isDraftChanged(current.base, current.draft) ? current : { base: template, draft: draftOf(template) },
    );
  }, [template]);

  useEffect(() => {
    if (!focusAfterMove) return;
    document.getElementById(focusAfterMove)?.focus();
    setFocusAfterMove(undefined);
  }, [focusAfterMove]);

  if (!mayEdit)
    return (
      <div class="method-editor" data-testid="method-editor" data-read-only="true">
        <TemplateHeading template={template} />
        <p class="method-note" data-testid="method-read-only">
          {i18n.t('adminMethod.readOnly')}
        </p>
        {template.description ? <p class="method-editor__description">{template.description}</p> : null}
        <FollowingProjects template={template} following={following} />
        <TemplateView template={template} />
      </div>
    );

  const inPhase = (phaseId: string) =>
    findRemovedPhasesInUse({ phases: draft.phases.filter((phase) => phase.id === phaseId) }, [], following).flatMap(
      (entry) => entry.projects.map((project) => project.code),
    );

  async function save(against: Template) {
    const problem = findDraftProblem(draft);
    if (problem) {
      setError(describeProblem(problem));
      return;
    }
    const patch = patchOf(against, draft);
    // Only blank rows were added: dropping them is all a save has to do.
    if (Object.keys(patch).length === 0) {
      restart(against);
      return;
    }
    setIsBusy(true);
    const outcome = await mutate('template.update', {
      id: template.id,
      patch,
      expected: { templateVersion: against.templateVersion },
    } as never);
    setIsBusy(false);
    if (outcome.ok) {
      // What the server will hold: the live record replaces it when the sync brings it back.
      setEditing({
        base: { ...against, ...cleanDraft(draft), templateVersion: against.templateVersion + 1 } as Template,
        draft: cleanDraft(draft),
      });
      setError(undefined);
      setHasConflict(false);
      setIsSaved(true);
    } else if (outcome.error.code === 'precondition_failed') {
      setHasConflict(true);
    } else {
      setError(outcome.message);
    }
  }

  async function remove() {
    setIsBusy(true);
    const outcome = await mutate('template.delete', { id: template.id });
    setIsBusy(false);
    if (outcome.ok) onClose();
    else {
      setIsDeleting(false);
      setError(outcome.message);
    }
  }

  const update = (changes: Partial<typeof draft>) => {
    setEditing((current) => ({ ...current, draft: { ...current.draft, ...changes } }));
    setError(undefined);
    setIsSaved(false);
  };

  return (
    <form
      class="method-editor"
      data-testid="method-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(base);
      }}
    >
      <TemplateHeading template={template} />
      <div class="method-editor__fields card">
        <div class="field">
          <label for="method-name">{i18n.t('adminMethod.field.name')}</label>
          <input
            id="method-name"
            data-testid="method-name"
            value={draft.name}
            maxLength={200}
            onInput={(event) => update({ name: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="method-kind">{i18n.t('adminMethod.field.kind')}</label>
          <select
            id="method-kind"
            data-testid="method-kind"
            value={draft.kind}
            onChange={(event) => update({ kind: event.currentTarget.value as (typeof kinds)[number] })}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {i18n.t(`adminMethod.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field method-editor__wide">
          <label for="method-description">{i18n.t('adminMethod.field.description')}</label>
          <textarea
            id="method-description"
            data-testid="method-description"
            rows={3}
            value={draft.description ?? ''}
            onInput={(event) => update({ description: event.currentTarget.value })}
          />
        </div>
      </div>

      <FollowingProjects template={template} following={following} />

      <h4 class="method-editor__subtitle">{i18n.t('adminMethod.phasesTitle')}</h4>
      <ol class="method-phases">
        {draft.phases.map((phase, index) => (
          <PhaseEditor
            key={phase.id}
            phase={phase}
            index={index}
            count={draft.phases.length}
            projectsInPhase={inPhase(phase.id)}
            onChange={(next) => update({ phases: draft.phases.map((each) => (each.id === phase.id ? next : each)) })}
            onMove={(delta) => {
              update({ phases: moveItem(draft.phases, index, delta) });
              // The button pressed keeps the focus at the phase's new place (or its other arrow at an end).
              const target = index + delta;
              const edge = target === 0 ? 'down' : target === draft.phases.length - 1 ? 'up' : undefined;
              setFocusAfterMove(`phase-${target}-${edge ?? (delta < 0 ? 'up' : 'down')}`);
            }}
            onRemove={() => update({ phases: draft.phases.filter((each) => each.id !== phase.id) })}
          />
        ))}
      </ol>
      <button
        type="button"
        class="button"
        data-testid="method-add-phase"
        onClick={() => {
          update({ phases: [...draft.phases, newPhase('')] });
          requestAnimationFrame(() => document.getElementById(`phase-${draft.phases.length}-name`)?.focus());
        }}
      >
        {i18n.t('adminMethod.addPhase')}
      </button>

      {hasConflict ? (
        <div class="conflict" role="alert" data-testid="method-conflict">
          <p class="conflict__title">{i18n.t('adminMethod.conflict.text', [String(template.templateVersion)])}</p>
          <div class="form-actions">
            <button
              type="button"
              class="button"
              data-testid="method-conflict-theirs"
              onClick={() => {
                restart(template);
                setHasConflict(false);
              }}
            >
              {i18n.t('adminMethod.conflict.loadTheirs')}
            </button>
            <button
              type="button"
              class="button button--primary"
              data-testid="method-conflict-mine"
              onClick={() => void save(template)}
            >
              {i18n.t('adminMethod.conflict.saveMine')}
            </button>
          </div>
        </div>
      ) : null}

      <div class="method-editor__actions">
        {isDirty ? (
          <>
            <button type="submit" class="button button--primary" data-testid="method-save" disabled={isBusy}>
              {isBusy ? i18n.t('adminMethod.saving') : i18n.t('adminMethod.save')}
            </button>
            <button
              type="button"
              class="button"
              data-testid="method-discard"
              onClick={() => {
                restart(base);
                setError(undefined);
              }}
            >
              {i18n.t('adminMethod.discard')}
            </button>
          </>
        ) : (
          <p class="field-hint" data-testid="method-saved" role="status">
            {isSaved
              ? i18n.t('adminMethod.savedAs', [String(template.templateVersion)])
              : i18n.t('adminMethod.unchanged')}
          </p>
        )}
        {following.length === 0 ? (
          <button
            type="button"
            class="button button--danger-quiet method-editor__delete"
            data-testid="method-delete"
            onClick={() => setIsDeleting(true)}
          >
            {i18n.t('adminMethod.delete.button')}
          </button>
        ) : (
          <p class="field-hint method-editor__delete" data-testid="method-delete-blocked">
            {i18n.t('adminMethod.delete.blocked', [String(following.length)])}
          </p>
        )}
      </div>
      <FormError id="method-error" message={error} />

      {isDeleting ? (
        <ModalDialog
          labelledBy="method-delete-title"
          className="dialog"
          testId="method-delete-dialog"
          onClose={() => setIsDeleting(false)}
        >
          <h2 id="method-delete-title" class="card__title">
            {i18n.t('adminMethod.delete.title', [template.name])}
          </h2>
          <p>{i18n.t('adminMethod.delete.text')}</p>
          <ConfirmActions
            confirmLabel={i18n.t('adminMethod.delete.confirm')}
            confirmTestId="method-delete-confirm"
            isBusy={isBusy}
            onConfirm={() => void remove()}
            keepLabel={i18n.t('adminMethod.cancel')}
            onKeep={() => setIsDeleting(false)}
          />
        </ModalDialog>
      ) : null}
    </form>
  );
}

function TemplateHeading({ template }: { template: Template }) {
  return (
    <div class="method-editor__heading">
      <h3 data-testid="method-title">{template.name}</h3>
      <span class="tag" data-testid="method-version">
        {i18n.t('adminMethod.version', [String(template.templateVersion)])}
      </span>
    </div>
  );
}
