import { projectKeyOfIssue } from '../../../shared/jira/jira-keys';
import type { JiraLocation } from '../../../shared/jira/location';

/** The issue whose panel a page shows: the full-page issue, or the one open in a board's modal. */
export interface IssueTarget {
  issueKey: string;
  projectKey: string;
}

/** The project whose health banner a board or backlog shows. */
export interface BannerTarget {
  page: 'board' | 'backlog';
  boardKind: 'company' | 'team';
  projectKey: string;
}

export interface PageTargets {
  issue: IssueTarget | null;
  banner: BannerTarget | null;
}

/** What the overlay shows on a Jira page, from its URL alone. */
export function describePageTargets(location: JiraLocation): PageTargets {
  if (location.page === 'issue') {
    return { issue: { issueKey: location.issueKey, projectKey: location.projectKey }, banner: null };
  }
  const selected = location.selectedIssueKey;
  const selectedProjectKey = selected ? projectKeyOfIssue(selected) : undefined;
  const issue = selected && selectedProjectKey ? { issueKey: selected, projectKey: selectedProjectKey } : null;
  if (location.page === 'other') return { issue, banner: null };
  const { page, boardKind, projectKey } = location;
  return { issue, banner: { page, boardKind, projectKey } };
}

/** A stable name for a page's targets: when it changes, per-page work restarts. */
export function nameTargets({ issue, banner }: PageTargets): string {
  return [issue?.issueKey ?? '', banner ? `${banner.page}:${banner.projectKey}` : ''].join('|');
}
