import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { lastDayOfMonth } from '../../../../shared/analytics/earned-value/cost-periods';
import { planWorklogCosts, toWorklogCostImport, type WorklogReading } from '../../../../shared/jira/worklog-costs';
import { readSetting } from '../../../db/settings';
import { useBackgroundClient } from '../../../ui/background-client';
import { FormError } from '../../common/FormError';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { formatMoney } from '../format';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { formatHours, formatMonth, periodOfMonthInput } from './cost-format';
import { UnratedPeople } from './UnratedPeople';

const originOf = (text: string) => {
  const trimmed = text.trim().replace(/\/+$/, '');
  return URL.canParse(trimmed) && /^https?:$/.test(new URL(trimmed).protocol) ? new URL(trimmed).origin : undefined;
};

/**
 * Jira worklogs × hourly rate (Acceptance 3): the background reads the worklogs of the project's Jira
 * issues (background/jira/read-worklogs.ts), shared planWorklogCosts prices them per person and month,
 * the preview lists unmatched authors and people without a rate, and one `costEntry.import` writes
 * it, replacing the months' Jira amounts only.
 */
export function JiraImport({ view, mayWrite }: Pick<TabProps, 'view' | 'mayWrite'>) {
  const client = useBackgroundClient();
  const mutate = useMutate(view.workspaceId);
  const db = useDatabase();
  const keys = view.records.project.jiraProjectKeys ?? [];
  const remembered = useLiveQuery(() => readSetting(db, 'jiraSites'), [db]);
  const [site, setSite] = useState<string>();
  const month = view.today.slice(0, 7);
  const [from, setFrom] = useState(month);
  const [to, setTo] = useState(month);
  // What Jira answered, kept so the preview recomputes from the live persons when a rate is set here.
  const [reading, setReading] = useState<{ worklogs: WorklogReading[]; from: string; to: string }>();
  const plan = useMemo(
    () =>
      reading
        ? planWorklogCosts(reading.worklogs, view.persons, { from: reading.from, to: lastDayOfMonth(reading.to) })
        : undefined,
    [reading, view.persons],
  );
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const siteText = site ?? keys.map((key) => remembered?.[key]).find(Boolean) ?? '';
  const currency = view.settings.currency;

  if (keys.length === 0)
    return (
      <section class="card costs-import costs-import--jira" aria-labelledby="costs-jira-title">
        <h3 id="costs-jira-title" class="card__title">
          {i18n.t('workspaceCosts.jira.title')}
        </h3>
        <p class="muted" data-testid="costs-jira-unmapped">
          {i18n.t('workspaceCosts.jira.noKeys')}
        </p>
      </section>
    );

  async function read(event: Event) {
    event.preventDefault();
    setReading(undefined);
    setDone(undefined);
    const origin = originOf(siteText);
    const first = periodOfMonthInput(from);
    const last = periodOfMonthInput(to);
    if (!origin) return setError(i18n.t('workspaceCosts.jira.invalidSite'));
    if (!first || !last || first > last) return setError(i18n.t('workspaceCosts.jira.invalidRange'));
    setError(undefined);
    setIsBusy(true);
    const result = await client.send('jira.worklogs', { origin, jiraProjectKeys: keys, from: first, to: last });
    setIsBusy(false);
    if (!result.ok) return setError(result.error.message);
    setReading({ worklogs: result.value, from: first, to: last });
  }

  async function write() {
    if (!plan) return;
    setIsBusy(true);
    const args = toWorklogCostImport(
      plan,
      view.records.project.id,
      () => crypto.randomUUID(),
      view.records.costEntries,
    );
    const outcome = await mutate('costEntry.import', args);
    setIsBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    setDone(i18n.t('workspaceCosts.jira.done', plan.lines.length));
    setReading(undefined);
  }

  return (
    <section class="card costs-import costs-import--jira" aria-labelledby="costs-jira-title" data-testid="costs-jira">
      <h3 id="costs-jira-title" class="card__title">
        {i18n.t('workspaceCosts.jira.title')}
      </h3>
      <p class="field-hint">{i18n.t('workspaceCosts.jira.intro', [keys.join(', ')])}</p>
      <form class="costs-jira__fields" onSubmit={(event) => void read(event)} noValidate>
        <div class="field costs-jira__site">
          <label for="costs-jira-site">{i18n.t('workspaceCosts.jira.site')}</label>
          <input
            id="costs-jira-site"
            data-testid="costs-jira-site"
            type="url"
            value={siteText}
            placeholder="https://acme.atlassian.net"
            aria-describedby="costs-jira-site-hint"
            onInput={(event) => setSite(event.currentTarget.value)}
          />
          <p id="costs-jira-site-hint" class="field-hint">
            {i18n.t('workspaceCosts.jira.siteHint')}
          </p>
        </div>
        <div class="field">
          <label for="costs-jira-from">{i18n.t('workspaceCosts.jira.from')}</label>
          <input
            id="costs-jira-from"
            data-testid="costs-jira-from"
            type="month"
            value={from}
            onInput={(event) => setFrom(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="costs-jira-to">{i18n.t('workspaceCosts.jira.to')}</label>
          <input
            id="costs-jira-to"
            data-testid="costs-jira-to"
            type="month"
            value={to}
            onInput={(event) => setTo(event.currentTarget.value)}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" data-testid="costs-jira-read" disabled={isBusy}>
            {isBusy && !plan ? i18n.t('workspaceCosts.jira.reading') : i18n.t('workspaceCosts.jira.read')}
          </button>
        </div>
      </form>
      <FormError id="costs-jira-error" message={error} />
      {done ? (
        <p class="form-success" role="status" data-testid="costs-jira-done">
          {done}
        </p>
      ) : null}
      {plan ? (
        <div class="costs-jira__preview" data-testid="costs-jira-preview">
          <h4>{i18n.t('workspaceCosts.jira.preview')}</h4>
          {plan.lines.length === 0 ? (
            <p class="muted">{i18n.t('workspaceCosts.jira.nothing')}</p>
          ) : (
            <div class="costs-table-box">
              <table class="costs-table costs-table--stack">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('workspaceCosts.jira.month')}</th>
                    <th scope="col">{i18n.t('workspaceCosts.jira.person')}</th>
                    <th scope="col" class="costs-num">
                      {i18n.t('workspaceCosts.jira.hours')}
                    </th>
                    <th scope="col" class="costs-num">
                      {i18n.t('workspaceCosts.jira.rate')}
                    </th>
                    <th scope="col" class="costs-num">
                      {i18n.t('workspaceCosts.jira.amount')}
                    </th>
                    <th scope="col">{i18n.t('workspaceCosts.jira.issues')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.lines.map((line) => (
                    <tr key={`${line.period}:${line.personId}`} data-testid="costs-jira-line">
                      <th scope="row" data-label={i18n.t('workspaceCosts.jira.month')}>
                        {formatMonth(line.period)}
                      </th>
                      <td data-label={i18n.t('workspaceCosts.jira.person')}>{line.personName}</td>
                      <td class="costs-num" data-label={i18n.t('workspaceCosts.jira.hours')}>
                        {formatHours(line.hours)}
                      </td>
                      <td class="costs-num" data-label={i18n.t('workspaceCosts.jira.rate')}>
                        {formatMoney(line.rate, currency)}
                      </td>
                      <td
                        class="costs-num costs-cell--amount"
                        data-label={i18n.t('workspaceCosts.jira.amount')}
                        data-testid="costs-jira-amount"
                      >
                        {formatMoney(line.amount, currency)}
                      </td>
                      <td class="costs-note" data-label={i18n.t('workspaceCosts.jira.issues')}>
                        {line.issueKeys.join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {i18n.t('workspaceCosts.jira.total')}
                    </th>
                    <td class="costs-num costs-cell--amount" data-testid="costs-jira-total">
                      {formatMoney(plan.totalAmount, currency)}
                    </td>
                    <td data-empty="" />
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {plan.unmatched.length > 0 ? (
            <p class="costs-warning" data-testid="costs-jira-unmatched">
              {i18n.t('workspaceCosts.jira.unmatched', [
                plan.unmatched
                  .map((author) =>
                    i18n.t('workspaceCosts.jira.unmatchedAuthor', [author.name, formatHours(author.hours)]),
                  )
                  .join(', '),
              ])}
            </p>
          ) : null}
          {plan.unrated.length > 0 ? (
            <UnratedPeople
              workspaceId={view.workspaceId}
              unrated={plan.unrated}
              persons={view.persons}
              currency={currency}
              mayWrite={mayWrite}
            />
          ) : null}
          {plan.outsideCount > 0 ? (
            <p class="muted">{i18n.t('workspaceCosts.jira.outside', plan.outsideCount)}</p>
          ) : null}
          <button
            type="button"
            class="button button--primary"
            data-testid="costs-jira-write"
            disabled={isBusy}
            onClick={() => void write()}
          >
            {i18n.t('workspaceCosts.jira.write', [formatMoney(plan.totalAmount, currency)])}
          </button>
        </div>
      ) : null}
    </section>
  );
}
