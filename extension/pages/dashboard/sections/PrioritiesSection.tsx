import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PriorityCriterionId, PriorityWeights } from '../../../../shared/analytics/portfolio/dashboard-types';
import {
  defaultPriorityWeights,
  priorityCriteria,
  rankProjects,
} from '../../../../shared/analytics/portfolio/prioritisation';
import { useMutate } from '../../workspace/use-mutate';
import type { DashboardSectionProps } from '../dashboard-section-props';

const sameWeights = (a: PriorityWeights, b: PriorityWeights) =>
  priorityCriteria.every((criterion) => a[criterion] === b[criterion]);

/**
 * Weighted prioritisation: the PMO weighs five criteria (0 ignores one, 5 counts it most) and the
 * shown projects are ranked by the shared rankProjects as the weights move; owner and PMO save the
 * weights into the workspace settings (the same `settings.*` mutation the settings page sends).
 */
export function PrioritiesSection({ data, mayGovern, connection }: DashboardSectionProps) {
  const saved = data.rows.records.settings?.priorityWeights ?? defaultPriorityWeights;
  const [weights, setWeights] = useState<PriorityWeights>(saved);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [isBusy, setIsBusy] = useState(false);
  const mutate = useMutate(connection.workspaceId);
  // Someone else saved new weights: show them unless this PMO is editing.
  const savedKey = priorityCriteria.map((criterion) => saved[criterion]).join(',');
  useEffect(() => setWeights(saved), [savedKey]);
  const ranked = useMemo(() => rankProjects(data.shown.projects, weights), [data.shown.projects, weights]);
  const isChanged = !sameWeights(weights, saved);

  async function save() {
    setIsBusy(true);
    const settings = data.rows.settings;
    const outcome = settings
      ? await mutate('settings.update', { id: settings.id, patch: { priorityWeights: weights } } as never)
      : await mutate('settings.create', { id: crypto.randomUUID(), priorityWeights: weights } as never);
    setIsBusy(false);
    setMessage(
      outcome.ok ? { ok: true, text: i18n.t('dashboard.priorities.saved') } : { ok: false, text: outcome.message },
    );
  }

  const setWeight = (criterion: PriorityCriterionId, value: number) => {
    setMessage(undefined);
    setWeights({ ...weights, [criterion]: Math.min(5, Math.max(0, Math.round(value))) });
  };

  return (
    <div class="dashboard-priorities">
      <section class="card" aria-labelledby="priority-weights-title">
        <h3 id="priority-weights-title" class="card__title">
          {i18n.t('dashboard.priorities.weightsTitle')}
        </h3>
        <p class="muted">
          {mayGovern ? i18n.t('dashboard.priorities.intro') : i18n.t('dashboard.priorities.readOnly')}
        </p>
        <div class="priority-weights">
          {priorityCriteria.map((criterion) => (
            <div class="field priority-weight" key={criterion}>
              <label for={`priority-weight-${criterion}`}>{i18n.t(`dashboard.priorities.criteria.${criterion}`)}</label>
              <input
                id={`priority-weight-${criterion}`}
                data-testid={`priority-weight-${criterion}`}
                type="number"
                min={0}
                max={5}
                step={1}
                value={weights[criterion]}
                aria-describedby={`priority-weight-${criterion}-hint`}
                onInput={(event) => {
                  const value = Number(event.currentTarget.value);
                  if (event.currentTarget.value !== '' && Number.isFinite(value)) setWeight(criterion, value);
                }}
              />
              <span class="field-hint" id={`priority-weight-${criterion}-hint`}>
                {i18n.t(`dashboard.priorities.hints.${criterion}`)}
              </span>
            </div>
          ))}
        </div>
        <div class="form-actions">
          {mayGovern ? (
            <button
              type="button"
              class="button button--primary"
              data-testid="priority-weights-save"
              disabled={!isChanged || isBusy}
              onClick={() => void save()}
            >
              {i18n.t('dashboard.priorities.save')}
            </button>
          ) : null}
          {isChanged ? (
            <button type="button" class="button" data-testid="priority-weights-reset" onClick={() => setWeights(saved)}>
              {i18n.t('dashboard.priorities.reset')}
            </button>
          ) : null}
        </div>
        {message ? (
          <p
            class={message.ok ? 'form-success' : 'form-error'}
            role={message.ok ? 'status' : 'alert'}
            data-testid="priority-weights-message"
          >
            {message.text}
          </p>
        ) : null}
      </section>
      <section class="card" aria-labelledby="priority-ranking-title">
        <h3 id="priority-ranking-title" class="card__title">
          {i18n.t('dashboard.priorities.rankingTitle')}
        </h3>
        <div class="dashboard-table-wrap">
          <table class="dashboard-table" data-testid="priority-ranking">
            <thead>
              <tr>
                <th scope="col" class="number">
                  {i18n.t('dashboard.priorities.rank')}
                </th>
                <th scope="col">{i18n.t('dashboard.grid.code')}</th>
                <th scope="col">{i18n.t('dashboard.grid.name')}</th>
                <th scope="col">{i18n.t('dashboard.priorities.score')}</th>
                {priorityCriteria.map((criterion) => (
                  <th key={criterion} scope="col" class="number">
                    {i18n.t(`dashboard.priorities.criteria.${criterion}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ranked.map((project) => (
                <tr key={project.projectId} data-testid={`priority-row-${project.code}`} data-rank={project.rank}>
                  <td class="number">{project.rank}</td>
                  <th scope="row">{project.code}</th>
                  <td>{project.name}</td>
                  <td>
                    <span class="score-cell">
                      <span class="score-bar" data-value={project.score} aria-hidden="true">
                        <span
                          class="score-bar__fill"
                          style={{ width: `${Math.max(0, Math.min(100, project.score))}%` }}
                        />
                      </span>
                      <span class="score-bar__text">{Math.round(project.score)}</span>
                    </span>
                  </td>
                  {priorityCriteria.map((criterion) => {
                    const value = project.criteria[criterion];
                    return (
                      <td key={criterion} class="number" data-value={value ?? ''}>
                        {value === null ? '—' : value.toFixed(2)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
