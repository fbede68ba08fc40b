import { i18n } from '#i18n';
import { readEvidenceLink } from '../../../../shared/methodology/evidence-link';

/**
 * One evidence link as stored: a web page, Sheet or Jira issue address opens in a new tab (never
 * with the opener's window); a bare Jira key and anything unreadable (an older record) stay text.
 */
export function EvidenceLinkText({ link }: { link: string }) {
  const evidence = readEvidenceLink(link);
  if (!evidence) return <span class="gate-evidence__text">{link}</span>;
  const kind = i18n.t(`workspaceGate.evidence.kind.${evidence.kind}`);
  return (
    <span class="gate-evidence__item">
      <span class="gate-evidence__kind">{kind}</span>{' '}
      {evidence.kind === 'jiraKey' ? (
        <span class="gate-evidence__text">{evidence.text}</span>
      ) : (
        <a href={evidence.href} target="_blank" rel="noopener noreferrer" class="gate-evidence__link">
          {evidence.text}
          <span class="visually-hidden"> {i18n.t('workspaceGate.evidence.newTab')}</span>
        </a>
      )}
    </span>
  );
}
