import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type TargetSession, watchJiraPages } from '../../../extension/content/jira/jira-page-watcher';
import type { BannerTarget, IssueTarget } from '../../../extension/content/jira/page-targets';
import { jiraSelectors } from '../../../extension/content/jira/selectors';
import { createFakeSlot } from './fake-slot';
import { loadJiraFixture } from './load-fixture';

const controllers: AbortController[] = [];

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

/** Starts the watcher on the current document with fake slots; renderers record the sessions they get. */
function startWatcher({ launcherDelayMs = 2000 } = {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const panel = createFakeSlot('panel');
  const banner = createFakeSlot('banner');
  const launcher = createFakeSlot('launcher');
  const issueSessions: TargetSession<IssueTarget>[] = [];
  const bannerSessions: TargetSession<BannerTarget>[] = [];
  const onShown = vi.fn();
  const watcher = watchJiraPages({
    slots: { panel: panel.slot, banner: banner.slot, launcher: launcher.slot },
    render: {
      panel: (session) => {
        issueSessions.push(session);
        return h('section', { 'data-testid': 'pmo-panel', 'data-issue-key': session.target.issueKey });
      },
      banner: (session) => {
        bannerSessions.push(session);
        return h('section', { 'data-testid': 'pmo-banner', 'data-project-key': session.target.projectKey });
      },
      launcher: ({ issue, banner: board }) =>
        h('button', { 'data-testid': 'pmo-launcher', 'data-for': `${issue?.key ?? ''}|${board?.key ?? ''}` }),
    },
    signal: controller.signal,
    launcherDelayMs,
    onShown,
  });
  return { watcher, controller, panel, banner, launcher, issueSessions, bannerSessions, onShown };
}

const byTestId = (testId: string) => document.querySelector(`[data-testid="${testId}"]`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('Jira page watcher', () => {
  it('mounts the panel right after the summary of /browse/KEY, and nothing else', () => {
    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('issue-view');

    const { panel, onShown } = startWatcher();

    const heading = document.querySelector(jiraSelectors.issueSummaryHeading);
    expect(heading?.nextElementSibling).toBe(panel.host);
    expect(byTestId('pmo-panel')?.getAttribute('data-issue-key')).toBe('ERP-12');
    expect(byTestId('pmo-banner')).toBeNull();
    expect(byTestId('pmo-launcher')).toBeNull();
    expect(onShown).toHaveBeenCalled();
  });

  it("puts the banner above a board, then the panel in the modal a card opens, keeping the banner's work", async () => {
    history.pushState(null, '', '/jira/software/c/projects/ERP/boards/4');
    loadJiraFixture('board-company');
    const { banner, bannerSessions, issueSessions } = startWatcher();
    const scroller = document.querySelector(jiraSelectors.boardScroll);
    expect(scroller?.previousElementSibling).toBe(banner.host);
    expect(byTestId('pmo-banner')?.getAttribute('data-project-key')).toBe('ERP');

    // Like Jira: the click pushes ?selectedIssue, then the modal renders.
    history.pushState(null, '', '/jira/software/c/projects/ERP/boards/4?selectedIssue=ERP-13');
    loadJiraFixture('board-with-issue-modal');
    await settle();

    const panel = byTestId('pmo-panel');
    expect(panel?.getAttribute('data-issue-key')).toBe('ERP-13');
    expect(panel?.closest('[role="dialog"]')).not.toBeNull();
    expect(byTestId('pmo-banner')).not.toBeNull();
    expect(bannerSessions).toHaveLength(1);
    expect(bannerSessions[0].signal.aborted).toBe(false);
    expect(issueSessions.map((session) => session.target.issueKey)).toEqual(['ERP-13']);
  });

  it('follows SPA navigation to another issue: the old work is aborted and the panel re-renders with the new key', async () => {
    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('issue-view');
    const { issueSessions, panel } = startWatcher();

    history.pushState(null, '', '/browse/ERP-14');
    const heading = document.querySelector(jiraSelectors.issueSummaryHeading) as HTMLElement;
    heading.textContent = 'Archive the old supplier table';
    await settle();

    expect(issueSessions.map((session) => session.target.issueKey)).toEqual(['ERP-12', 'ERP-14']);
    expect(issueSessions[0].signal.aborted).toBe(true);
    expect(issueSessions[1].signal.aborted).toBe(false);
    expect(byTestId('pmo-panel')?.getAttribute('data-issue-key')).toBe('ERP-14');
    expect(document.querySelectorAll('[data-testid="pmo-panel"]')).toHaveLength(1);
    expect(panel.log.mounts).toBe(1);
  });

  it('moves the panel, state and all, when Jira re-renders the heading it sat beside', async () => {
    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('issue-view');
    const { panel, issueSessions } = startWatcher();
    const container = document.querySelector(jiraSelectors.issueSummaryHeading)?.parentElement as HTMLElement;

    container.innerHTML = '<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Re-rendered</h1>';
    await settle();

    expect(container.querySelector('h1')?.nextElementSibling).toBe(panel.host);
    expect(panel.log).toMatchObject({ mounts: 1, moves: 1, renders: 1 });
    expect(issueSessions).toHaveLength(1);
  });

  it('removes the banner when navigation leaves the board for an issue page', async () => {
    history.pushState(null, '', '/jira/software/c/projects/ERP/boards/4');
    loadJiraFixture('board-company');
    const { bannerSessions } = startWatcher();

    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('issue-view');
    await settle();

    expect(byTestId('pmo-banner')).toBeNull();
    expect(bannerSessions[0].signal.aborted).toBe(true);
    expect(byTestId('pmo-panel')?.getAttribute('data-issue-key')).toBe('ERP-12');
  });

  it('shows the floating launcher once an issue page has had no anchor for the delay, and drops it when one appears', async () => {
    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('redesigned');
    const { launcher } = startWatcher({ launcherDelayMs: 100 });
    expect(byTestId('pmo-launcher')).toBeNull();

    await vi.waitFor(() => expect(byTestId('pmo-launcher')?.getAttribute('data-for')).toBe('ERP-12|'));
    expect(launcher.host.parentElement).toBe(document.body);
    expect(byTestId('pmo-panel')).toBeNull();

    document
      .querySelector('main')
      ?.insertAdjacentHTML(
        'afterbegin',
        '<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Migrate supplier master data</h1>',
      );
    await settle();

    expect(byTestId('pmo-launcher')).toBeNull();
    expect(byTestId('pmo-panel')?.getAttribute('data-issue-key')).toBe('ERP-12');
  });

  it('shows nothing on pages without an issue or a board, even after the delay', async () => {
    history.pushState(null, '', '/jira/your-work');
    loadJiraFixture('redesigned');
    const { onShown } = startWatcher({ launcherDelayMs: 50 });

    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(byTestId('pmo-launcher')).toBeNull();
    expect(onShown).not.toHaveBeenCalled();
  });

  it('stops following the page once the content script is invalidated', async () => {
    history.pushState(null, '', '/browse/ERP-12');
    loadJiraFixture('issue-view');
    const { controller, issueSessions } = startWatcher();
    controller.abort();

    history.pushState(null, '', '/browse/ERP-14');
    document.body.append(document.createElement('div'));
    await settle();

    expect(issueSessions).toHaveLength(1);
    expect(issueSessions[0].signal.aborted).toBe(true);
  });
});
