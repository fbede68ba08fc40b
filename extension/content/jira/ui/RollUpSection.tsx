import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../../ui/background-client';
import { OpenRecordLink } from './OpenWorkspaceButton';
import type { JiraContextAnswer } from './use-jira-context';

type JiraContext = NonNullable<JiraContextAnswer['context']>;

interface RollUpSectionProps {
  issueKey: string;
  /** The workspace project the issue's Jira project maps to: where "Open in plan" lands. */
  projectId: string | undefined;
  /** The issue's summary from Jira, stored with the link; the key when Jira did not answer. */
  summary: string;
  rollUp: JiraContext['rollUp'];
  linkTargets: JiraContext['linkTargets'];
  onChanged(): void;
}

const targetValue = (target: { kind: string; id: string }) => `${target.kind}:${target.id}`;

/** The milestone or plan item the issue rolls up to, with link and unlink. */
export function RollUpSection({ issueKey, projectId, summary, rollUp, linkTargets, onChanged }: RollUpSectionProps) {
  const client = useBackgroundClient();
  const [picked, setPicked] = useState('');
  // Linking removes the linked item from the targets: fall back to the first one left.
  const chosen = linkTargets.some((target) => targetValue(target) === picked)
    ? picked
    : linkTargets[0]
      ? targetValue(linkTargets[0])
      : '';
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string>();
  const selectId = `pmo-link-${issueKey}`;
  const milestones = linkTargets.filter((target) => target.kind === 'milestone');
  const planItems = linkTargets.filter((target) => target.kind === 'planItem');

  async function send(target: { kind: 'milestone' | 'planItem'; id: string } | null) {
    setIsSaving(true);
    setError(undefined);
    const answer = await client.send('jira.link', { issueKey, summary, target });
    setIsSaving(false);
    if (answer.ok) onChanged();
    else setError(answer.error.message);
  }

  function link(event: Event) {
    event.preventDefault();
    const target = linkTargets.find((candidate) => targetValue(candidate) === chosen);
    if (target && !isSaving) void send({ kind: target.kind, id: target.id });
  }

  return (
    <section class="pmo-section" data-testid="pmo-rollup" data-kind={rollUp?.kind ?? ''}>
      <h3 class="pmo-section__title">{i18n.t('overlay.rollUp.title')}</h3>
      {rollUp ? (
        <p class="pmo-row">
          <span>
            {rollUp.kind === 'milestone'
              ? i18n.t('overlay.rollUp.milestone', [rollUp.title])
              : i18n.t('overlay.rollUp.planItem', [rollUp.title])}
          </span>
          <OpenRecordLink
            testId="pmo-open-plan"
            title={i18n.t('workspacePlan.openInPlan')}
            route={{ projectId, tab: 'plan', recordId: rollUp.id }}
          />
          <button
            type="button"
            class="pmo-button"
            data-testid="pmo-unlink"
            disabled={isSaving}
            onClick={() => void send(null)}
          >
            {i18n.t('overlay.rollUp.unlink')}
          </button>
        </p>
      ) : (
        <p class="pmo-muted">{i18n.t('overlay.rollUp.none')}</p>
      )}
      {linkTargets.length > 0 ? (
        <form class="pmo-inline-form" onSubmit={link}>
          <label for={selectId}>{i18n.t('overlay.rollUp.linkLabel')}</label>
          <select
            id={selectId}
            data-testid="pmo-link-select"
            value={chosen}
            onChange={(event) => setPicked(event.currentTarget.value)}
          >
            {milestones.length > 0 ? (
              <optgroup label={i18n.t('overlay.rollUp.milestones')}>
                {milestones.map((target) => (
                  <option key={target.id} value={targetValue(target)}>
                    {target.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {planItems.length > 0 ? (
              <optgroup label={i18n.t('overlay.rollUp.planItems')}>
                {planItems.map((target) => (
                  <option key={target.id} value={targetValue(target)}>
                    {target.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          <button type="submit" class="pmo-button" data-testid="pmo-link-save" disabled={isSaving}>
            {i18n.t('overlay.rollUp.link')}
          </button>
        </form>
      ) : rollUp ? null : (
        <p class="pmo-muted">{i18n.t('overlay.rollUp.noTargets')}</p>
      )}
      {error ? (
        <p class="pmo-form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
