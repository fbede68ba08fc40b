import { i18n } from '#i18n';
import type { Language } from '../../../../shared/i18n/format-message';
import type { GateCriterionChoice } from '../../../../shared/methodology/playbook-links';
import type { Playbook } from '../../../../shared/schemas/playbooks';
import { PlaybookMarkdown } from './PlaybookMarkdown';
import { describeCriterion, describeRule } from './playbook-labels';

interface PlaybookReaderProps {
  playbook: Playbook;
  language: Language;
  criteria: readonly GateCriterionChoice[];
  /** The id of the title element, for the dialog or section that labels itself with it. */
  titleId: string;
  /** Heading level: 3 inside the administration section, 2 in a dialog. */
  level?: 2 | 3;
}

/**
 * A playbook as every member reads it: title, tags, the rules it coaches and the criteria it helps
 * meet (as text), then its Markdown through the one sanitising renderer (render-playbook.ts).
 */
export function PlaybookReader({ playbook, language, criteria, titleId, level = 3 }: PlaybookReaderProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class="playbook-reader" data-testid="playbook-reader" aria-labelledby={titleId}>
      <Heading id={titleId} class="playbook-reader__title" data-testid="playbook-reader-title">
        {playbook.title}
      </Heading>
      {playbook.tags.length > 0 ? (
        <ul class="playbook-tags" aria-label={i18n.t('adminPlaybooks.columns.tags')}>
          {playbook.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {playbook.ruleIds.length > 0 || playbook.criterionIds.length > 0 ? (
        <dl class="playbook-reader__links">
          {playbook.ruleIds.length > 0 ? (
            <div>
              <dt>{i18n.t('adminPlaybooks.coaches')}</dt>
              <dd data-testid="playbook-reader-rules">
                {playbook.ruleIds.map((ruleId) => describeRule(ruleId, language)).join(' · ')}
              </dd>
            </div>
          ) : null}
          {playbook.criterionIds.length > 0 ? (
            <div>
              <dt>{i18n.t('adminPlaybooks.helpsMeet')}</dt>
              <dd data-testid="playbook-reader-criteria">
                {playbook.criterionIds.map((id) => describeCriterion(id, criteria)).join(' · ')}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <PlaybookMarkdown markdown={playbook.markdown} />
    </article>
  );
}
