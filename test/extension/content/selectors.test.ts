import { afterEach, describe, expect, it } from 'vitest';
import {
  findBannerPlacement,
  findIssuePanelPlacement,
  jiraSelectors,
  jiraTestIds,
  selectTestId,
} from '../../../extension/content/jira/selectors';
import { loadJiraFixture } from './load-fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

const testIdOf = (element: Element | undefined) =>
  element?.getAttribute('data-testid') ?? element?.getAttribute('data-test-id');

describe('Jira selectors against saved pages', () => {
  it('matches both data-testid and the older data-test-id', () => {
    document.body.innerHTML =
      '<h1 data-testid="a.b">new</h1><h1 data-test-id="a.b">old</h1><h1 data-testid="a.b.c">no</h1>';

    expect([...document.querySelectorAll(selectTestId('a.b'))].map((node) => node.textContent)).toEqual(['new', 'old']);
  });

  it('places the issue panel right after the summary heading of a full-page issue', () => {
    loadJiraFixture('issue-view');

    const placement = findIssuePanelPlacement();

    expect(placement?.position).toBe('after');
    expect(testIdOf(placement?.anchor)).toBe(jiraTestIds.issueSummaryHeading);
    expect(placement?.anchor.textContent).toBe('Migrate supplier master data');
  });

  it('finds the legacy data-test-id issue view', () => {
    loadJiraFixture('issue-view-legacy');

    expect(findIssuePanelPlacement()?.anchor.textContent).toBe('Renew the support contract');
  });

  it('falls back to the breadcrumbs when the heading is being edited', () => {
    loadJiraFixture('issue-view-breadcrumbs-only');

    const placement = findIssuePanelPlacement();

    expect(placement?.anchor.tagName).toBe('NAV');
    expect(placement?.position).toBe('after');
  });

  it("places the panel inside the board's issue modal, not on the board behind it", () => {
    loadJiraFixture('board-with-issue-modal');

    const placement = findIssuePanelPlacement();

    expect(placement?.anchor.textContent).toBe('Cut over the general ledger');
    expect(placement?.anchor.closest('[role="dialog"]')?.getAttribute('aria-label')).toBe('ERP-13');
  });

  it('places the banner before the board scroller on company- and team-managed boards', () => {
    for (const page of ['board-company', 'board-team']) {
      loadJiraFixture(page);

      const placement = findBannerPlacement('board');

      expect(placement?.position).toBe('before');
      expect(testIdOf(placement?.anchor)).toBe(jiraTestIds.boardScroll);
      expect(document.querySelectorAll(jiraSelectors.boardCard).length).toBeGreaterThan(0);
      expect(document.querySelector(jiraSelectors.cardKey)?.textContent?.trim()).toMatch(/^[A-Z]+-\d+$/);
    }
  });

  it('places the banner before the backlog list', () => {
    loadJiraFixture('backlog');

    expect(testIdOf(findBannerPlacement('backlog')?.anchor)).toBe(jiraTestIds.backlogContent);
  });

  it('finds no anchor on a redesigned page, so the launcher can stand in', () => {
    loadJiraFixture('redesigned');

    expect(findIssuePanelPlacement()).toBeNull();
    expect(findBannerPlacement('board')).toBeNull();
    expect(findBannerPlacement('backlog')).toBeNull();
  });

  it('finds no issue anchor on a board without a modal', () => {
    loadJiraFixture('board-company');

    expect(findIssuePanelPlacement()).toBeNull();
  });
});
