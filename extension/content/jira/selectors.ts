import type { Placement } from '../common/overlay-slot';

/**
 * Every Jira DOM anchor the overlay uses, and nothing else: data comes from the REST API, the DOM
 * only says where to mount. Jira has shipped both `data-testid` and the older `data-test-id`, so
 * each anchor matches either. Tested against test/fixtures/jira/html.
 */
export const jiraTestIds = {
  issueSummaryHeading: 'issue.views.issue-base.foundation.summary.heading',
  currentIssueBreadcrumb: 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item',
  compactIssueLayout: 'issue.views.issue-details.issue-layout.compact-layout',
  statusButton: 'issue-field-status.ui.status-view.status-button.status-button',
  boardScroll: 'platform-board-kit.ui.board.scroll.board-scroll',
  boardCard: 'platform-board-kit.ui.card.card',
  cardKey: 'platform-card.common.ui.key.key',
  backlogContent: 'software-backlog.backlog-content.scrollable',
} as const;

export type JiraAnchorName = keyof typeof jiraTestIds;

/** A selector matching the test id in both spellings. */
export function selectTestId(testId: string): string {
  return `[data-testid="${testId}"], [data-test-id="${testId}"]`;
}

export const jiraSelectors = Object.fromEntries(
  Object.entries(jiraTestIds).map(([name, testId]) => [name, selectTestId(testId)]),
) as Record<JiraAnchorName, string>;

/** The board's issue modal (`?selectedIssue=KEY`) is a dialog holding the usual issue-view anchors. */
const issueDialogSelector = '[role="dialog"]';

/** The open issue view: the board's modal when one is open, else the page. */
function findIssueScope(root: ParentNode): ParentNode {
  for (const dialog of root.querySelectorAll(issueDialogSelector)) {
    if (dialog.querySelector(jiraSelectors.issueSummaryHeading)) return dialog;
  }
  return root;
}

/**
 * Where the issue panel goes: right after the summary heading, else after the breadcrumbs that
 * name the current issue, else after the status button; null when the issue view has none of them.
 */
export function findIssuePanelPlacement(root: ParentNode = document): Placement | null {
  const scope = findIssueScope(root);
  const heading = scope.querySelector(jiraSelectors.issueSummaryHeading);
  if (heading) return { anchor: heading, position: 'after' };
  const breadcrumb = scope.querySelector(jiraSelectors.currentIssueBreadcrumb);
  if (breadcrumb) return { anchor: breadcrumb.closest('nav') ?? breadcrumb, position: 'after' };
  const status = scope.querySelector(jiraSelectors.statusButton);
  if (status?.parentElement) return { anchor: status.parentElement, position: 'after' };
  return null;
}

/** Where the health banner goes: above the board's columns or the backlog's list. */
export function findBannerPlacement(page: 'board' | 'backlog', root: ParentNode = document): Placement | null {
  const order =
    page === 'board'
      ? [jiraSelectors.boardScroll, jiraSelectors.backlogContent]
      : [jiraSelectors.backlogContent, jiraSelectors.boardScroll];
  for (const selector of order) {
    const anchor = root.querySelector(selector);
    if (anchor) return { anchor, position: 'before' };
  }
  return null;
}
