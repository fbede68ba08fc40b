import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UnratedPerson } from '../../../../shared/jira/worklog-costs';
import type { Person } from '../../../../shared/schemas/resources';
import type { MayWrite } from '../may-write';
import { useMutate } from '../use-mutate';
import { formatHours, readAmountInput } from './cost-format';

interface UnratedPeopleProps {
  workspaceId: string;
  unrated: readonly UnratedPerson[];
  persons: readonly Person[];
  currency: string;
  mayWrite: MayWrite;
}

/**
 * The people whose Jira hours cannot be costed for want of an hourly rate, each with the rate to
 * set right here when the member may change that person (an owner or PMO: persons are workspace
 * records, shared/mutations/authorize-writes.ts), else whom to ask. Once set, the live view brings
 * the person back and the preview (planWorklogCosts) recomputes with their rate.
 */
export function UnratedPeople({ workspaceId, unrated, persons, currency, mayWrite }: UnratedPeopleProps) {
  const byId = new Map(persons.map((person) => [person.id, person]));
  return (
    <div class="costs-warning costs-unrated" data-testid="costs-jira-unrated">
      <p class="costs-unrated__lead">{i18n.t('workspaceCosts.jira.unratedLead')}</p>
      <ul class="costs-unrated__list">
        {unrated.map((entry) => {
          const person = byId.get(entry.personId);
          return (
            <li key={entry.personId} class="costs-unrated__item" data-testid="costs-jira-unrated-person">
              <span class="costs-unrated__name">
                {i18n.t('workspaceCosts.jira.unmatchedAuthor', [entry.name, formatHours(entry.hours)])}
              </span>
              {person && mayWrite('person', person) ? (
                <RateInput workspaceId={workspaceId} person={person} currency={currency} />
              ) : (
                <span class="field-hint" data-testid="costs-jira-rate-ask">
                  {i18n.t('workspaceCosts.jira.rateAsk', [entry.name])}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RateInput({ workspaceId, person, currency }: { workspaceId: string; person: Person; currency: string }) {
  const mutate = useMutate(workspaceId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const inputId = `costs-rate-${person.id}`;
  const errorId = `${inputId}-error`;

  async function save(event: Event) {
    event.preventDefault();
    const rate = readAmountInput(text);
    if (rate === undefined || rate < 0) return setError(i18n.t('workspaceCosts.jira.invalidRate'));
    setError(undefined);
    setIsBusy(true);
    // No `expected`: the person is listed only while they have no rate, and an absent field has no
    // stored value to compare (preconditions.ts compares JSON, which drops undefined).
    const outcome = await mutate('person.update', { id: person.id, patch: { hourlyRate: rate } });
    setIsBusy(false);
    if (!outcome.ok) setError(outcome.message);
  }

  return (
    <form class="costs-rate" onSubmit={(event) => void save(event)} noValidate>
      <label class="visually-hidden" for={inputId}>
        {i18n.t('workspaceCosts.jira.rateLabel', [person.name, currency])}
      </label>
      <input
        id={inputId}
        class="costs-rate__input"
        data-testid="costs-jira-rate-input"
        inputMode="decimal"
        placeholder={i18n.t('workspaceCosts.jira.ratePlaceholder', [currency])}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="button" data-testid="costs-jira-rate-save" disabled={isBusy}>
        {i18n.t('workspaceCosts.jira.rateSave')}
      </button>
      {error ? (
        <p id={errorId} class="form-error costs-rate__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
