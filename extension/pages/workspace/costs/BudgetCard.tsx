import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { formatMessageRef } from '../../../../shared/i18n/format-message';
import { RagChip } from '../../../ui/common/RagChip';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import { type FieldConflict, keepMineUpdate, readFieldConflict } from '../conflicts/field-conflict';
import { formatMoney } from '../format';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { readAmountInput } from './cost-format';

/** The project's BAC, editable in place, with where AC and PV come from and the suggested cost light. */
export function BudgetCard({ view, mayWrite }: Pick<TabProps, 'view' | 'mayWrite'>) {
  const mutate = useMutate(view.workspaceId);
  const { project } = view.records;
  const { earnedValue } = view.analysis;
  const currency = view.settings.currency;
  const mayEdit = mayWrite('project', project as AnyRecord);
  const [draft, setDraft] = useState<string>();
  const [opened, setOpened] = useState<number | undefined>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<FieldConflict>();
  const [isBusy, setIsBusy] = useState(false);
  const cost = view.suggestion.dimensions.cost;

  function open() {
    setDraft(project.bac === undefined ? '' : String(project.bac));
    setOpened(project.bac);
    setError(undefined);
    setConflict(undefined);
  }

  async function send(args: { id: string; patch: { bac: number | null }; expected: Record<string, unknown> }) {
    setIsBusy(true);
    const outcome = await mutate('project.update', args as never);
    setIsBusy(false);
    if (outcome.ok) {
      setDraft(undefined);
      setConflict(undefined);
      return;
    }
    const found = readFieldConflict('project.update', args, outcome.error);
    if (found) setConflict(found);
    else setError(outcome.message);
  }

  async function save(event: Event) {
    event.preventDefault();
    const text = draft ?? '';
    const amount = text.trim() === '' ? null : readAmountInput(text);
    if (amount === undefined || (amount !== null && amount < 0)) {
      setError(i18n.t('workspaceCosts.budget.invalid'));
      return;
    }
    setError(undefined);
    // A field that was empty when the form opened has no precondition (as the risk form does it).
    await send({ id: project.id, patch: { bac: amount }, expected: opened === undefined ? {} : { bac: opened } });
  }

  const basis = earnedValue.actualCostBasis;
  const pvBasis = earnedValue.budgetBasis === 'none' ? 'noPlan' : earnedValue.budgetBasis;
  return (
    <section class="card costs-budget" aria-labelledby="costs-budget-title" data-testid="costs-budget">
      <h3 id="costs-budget-title" class="card__title">
        {i18n.t('workspaceCosts.budget.title')}
      </h3>
      {draft === undefined ? (
        <div class="costs-budget__value">
          <span class="costs-budget__label">{i18n.t('workspaceCosts.budget.bac')}</span>
          <strong data-testid="costs-bac">
            {project.bac === undefined ? i18n.t('workspaceCosts.budget.none') : formatMoney(project.bac, currency)}
          </strong>
          {mayEdit ? (
            <button type="button" class="button button--quiet" data-testid="costs-edit-bac" onClick={open}>
              {i18n.t('workspaceCosts.budget.edit')}
            </button>
          ) : null}
        </div>
      ) : (
        <form class="costs-budget__form" onSubmit={(event) => void save(event)}>
          <div class={error ? 'field field--invalid' : 'field'}>
            <label for="costs-bac-input">{i18n.t('workspaceCosts.budget.bac')}</label>
            <input
              id="costs-bac-input"
              data-testid="costs-bac-input"
              inputMode="decimal"
              value={draft}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby="costs-bac-hint"
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <p id="costs-bac-hint" class="field-hint">
              {i18n.t('workspaceCosts.budget.hint', [currency])}
            </p>
          </div>
          {error ? (
            <p class="form-error" role="alert" data-testid="costs-bac-error">
              {error}
            </p>
          ) : null}
          {conflict ? (
            <ConflictChoice
              conflict={conflict}
              fieldLabel={i18n.t('workspaceCosts.budget.bac')}
              describeValue={(value) => (typeof value === 'number' ? formatMoney(value, currency) : '—')}
              isBusy={isBusy}
              onKeepTheirs={() => {
                setDraft(typeof conflict.theirs === 'number' ? String(conflict.theirs) : '');
                setOpened(typeof conflict.theirs === 'number' ? conflict.theirs : undefined);
                setConflict(undefined);
              }}
              onUseMine={() => void send(keepMineUpdate(conflict) as never)}
            />
          ) : null}
          <div class="form-actions">
            <button type="submit" class="button button--primary" data-testid="costs-save-bac" disabled={isBusy}>
              {i18n.t('workspaceCosts.budget.save')}
            </button>
            <button type="button" class="button" onClick={() => setDraft(undefined)}>
              {i18n.t('workspaceCosts.budget.cancel')}
            </button>
          </div>
        </form>
      )}
      {mayEdit ? (
        <StoredConflicts
          workspaceId={view.workspaceId}
          recordId={project.id}
          labelOf={(field) => (field === 'bac' ? i18n.t('workspaceCosts.budget.bac') : field)}
        />
      ) : null}
      <p class="muted" data-testid="costs-ac-basis">
        {i18n.t(`workspaceCosts.basis.${basis}`)}
      </p>
      <p class="muted">{i18n.t(`workspaceCosts.basis.${pvBasis}`)}</p>
      <div class="costs-budget__rag">
        <span>{i18n.t('workspaceCosts.suggested')}</span>
        <RagChip rag={cost.rag} reason={formatMessageRef(view.language, cost.reason)} />
        <span class="muted" data-testid="costs-rag-reason">
          {formatMessageRef(view.language, cost.reason)}
        </span>
      </div>
    </section>
  );
}
