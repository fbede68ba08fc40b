import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CostKind } from '../../../../shared/schemas/costs';
import { FormError } from '../../common/FormError';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { periodOfMonthInput, readAmountInput } from './cost-format';

/** Adds one amount by hand: a month, an amount, actual cost or planned value, an optional note. */
export function CostEntryForm({ view }: Pick<TabProps, 'view'>) {
  const mutate = useMutate(view.workspaceId);
  const [month, setMonth] = useState(view.today.slice(0, 7));
  const [amount, setAmount] = useState('');
  const [kind, setKind] = useState<CostKind>('actual');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ period?: string; amount?: string; form?: string }>({});
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const period = periodOfMonthInput(month);
    const value = readAmountInput(amount);
    const found = {
      period: period ? undefined : i18n.t('workspaceCosts.form.invalidPeriod'),
      amount: value !== undefined && value >= 0 ? undefined : i18n.t('workspaceCosts.form.invalidAmount'),
    };
    setErrors(found);
    if (!period || value === undefined || found.amount) return;
    setIsBusy(true);
    const outcome = await mutate('costEntry.create', {
      id: crypto.randomUUID(),
      projectId: view.records.project.id,
      period,
      amount: value,
      kind,
      source: 'manual',
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setIsBusy(false);
    if (!outcome.ok) {
      setErrors({ form: outcome.message });
      return;
    }
    setAmount('');
    setNote('');
  }

  return (
    <section class="card costs-form" aria-labelledby="costs-form-title">
      <h3 id="costs-form-title" class="card__title">
        {i18n.t('workspaceCosts.form.addTitle')}
      </h3>
      <form class="costs-form__fields" onSubmit={(event) => void submit(event)} noValidate>
        <div class={errors.period ? 'field field--invalid' : 'field'}>
          <label for="cost-period">{i18n.t('workspaceCosts.form.period')}</label>
          <input
            id="cost-period"
            data-testid="cost-period"
            type="month"
            value={month}
            aria-invalid={errors.period ? 'true' : undefined}
            aria-describedby={errors.period ? 'cost-period-error' : undefined}
            onInput={(event) => setMonth(event.currentTarget.value)}
          />
          {errors.period ? (
            <p id="cost-period-error" class="field-error">
              {errors.period}
            </p>
          ) : null}
        </div>
        <div class={errors.amount ? 'field field--invalid' : 'field'}>
          <label for="cost-amount">{i18n.t('workspaceCosts.form.amount', [view.settings.currency])}</label>
          <input
            id="cost-amount"
            data-testid="cost-amount-input"
            inputMode="decimal"
            value={amount}
            aria-invalid={errors.amount ? 'true' : undefined}
            aria-describedby={errors.amount ? 'cost-amount-error' : undefined}
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
          {errors.amount ? (
            <p id="cost-amount-error" class="field-error" data-testid="cost-amount-error">
              {errors.amount}
            </p>
          ) : null}
        </div>
        <div class="field">
          <label for="cost-kind">{i18n.t('workspaceCosts.form.kind')}</label>
          <select
            id="cost-kind"
            data-testid="cost-kind"
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as CostKind)}
          >
            <option value="actual">{i18n.t('workspaceCosts.kinds.actual')}</option>
            <option value="planned">{i18n.t('workspaceCosts.kinds.planned')}</option>
          </select>
        </div>
        <div class="field costs-form__note">
          <label for="cost-note">{i18n.t('workspaceCosts.form.note')}</label>
          <input
            id="cost-note"
            data-testid="cost-note-input"
            maxLength={500}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button button--primary" data-testid="cost-add" disabled={isBusy}>
            {i18n.t('workspaceCosts.form.add')}
          </button>
        </div>
      </form>
      <FormError id="cost-form-error" message={errors.form} />
    </section>
  );
}
