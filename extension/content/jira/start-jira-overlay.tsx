import type { ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type BackgroundClient, extensionBackgroundClient } from '../../ui/background-client';
import captureFieldsCss from '../../ui/capture/capture-fields.css?inline';
import { createShadowSlot } from '../common/create-shadow-slot';
import baseCss from '../common/overlay-base.css?inline';
import jiraCss from './jira-overlay.css?inline';
import { type OverlayRenderers, watchJiraPages } from './jira-page-watcher';
import { createJiraRestClient, type JiraRestClient } from './rest/jira-rest-client';
import { createRelayFetch } from './rest/relay-fetch';
import { FloatingLauncher } from './ui/FloatingLauncher';
import { HealthBanner } from './ui/HealthBanner';
import { IssuePanel } from './ui/IssuePanel';
import { OverlayProviders } from './ui/OverlayProviders';

/** How each target looks: the same components inline or inside the floating launcher. */
export function createOverlayRenderers(background: BackgroundClient, jira: JiraRestClient): OverlayRenderers {
  const issueUrl = (issueKey: string) => `${location.origin}/browse/${encodeURIComponent(issueKey)}`;
  const panel: OverlayRenderers['panel'] = ({ key, target, signal }) => (
    <IssuePanel
      key={key}
      issueKey={target.issueKey}
      projectKey={target.projectKey}
      issueUrl={issueUrl(target.issueKey)}
      signal={signal}
    />
  );
  const banner: OverlayRenderers['banner'] = ({ key, target, signal }) => (
    <HealthBanner key={key} projectKey={target.projectKey} page={target.page} signal={signal} />
  );
  const wrap = (child: ComponentChild) => (
    <OverlayProviders background={background} jira={jira}>
      {child}
    </OverlayProviders>
  );
  return {
    panel: (session) => wrap(panel(session)),
    banner: (session) => wrap(banner(session)),
    launcher: ({ issue, banner: board }) =>
      wrap(
        <FloatingLauncher>
          {issue ? panel(issue) : null}
          {board ? banner(board) : null}
        </FloatingLauncher>,
      ),
  };
}

/**
 * The Jira overlay: three shadow-root slots (issue panel, board banner, floating launcher) kept in
 * step with the SPA by one page watcher. Failures stay inside: nothing is thrown into Jira's page.
 */
export function startJiraOverlay(ctx: ContentScriptContext): void {
  // The risk form reuses the capture form's fields (DraftForm), so their layout comes along.
  const css = `${baseCss}\n${captureFieldsCss}\n${jiraCss}`;
  const panel = createShadowSlot(ctx, 'interim-pmo-panel', css);
  const banner = createShadowSlot(ctx, 'interim-pmo-banner', css);
  const launcher = createShadowSlot(ctx, 'interim-pmo-launcher', css);
  const jira = createJiraRestClient({
    origin: location.origin,
    fetch: createRelayFetch(extensionBackgroundClient, location.origin),
  });
  watchJiraPages({
    slots: { panel, banner, launcher },
    render: createOverlayRenderers(extensionBackgroundClient, jira),
    signal: ctx.signal,
    listenToWxt: (handler) => ctx.addEventListener(window, 'wxt:locationchange', handler),
    onShown: () => {
      document.documentElement.dataset.interimPmo = 'ready';
    },
  });
}
