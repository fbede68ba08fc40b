import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { i18n } from '#i18n';
import { type BackgroundClient, BackgroundClientContext } from '../../../ui/background-client';
import type { JiraRestClient } from '../rest/jira-rest-client';
import { JiraRestContext } from './jira-rest-context';

interface OverlayProvidersProps {
  background: BackgroundClient;
  jira: JiraRestClient;
  children: ComponentChildren;
}

/** The two ways out of the overlay: the extension's background (PMO data) and Jira's REST API. */
export function OverlayProviders({ background, jira, children }: OverlayProvidersProps) {
  return (
    <BackgroundClientContext.Provider value={background}>
      <JiraRestContext.Provider value={jira}>
        <OverlayBoundary>{children}</OverlayBoundary>
      </JiraRestContext.Provider>
    </BackgroundClientContext.Provider>
  );
}

/** A rendering bug in our UI shows as a message in our box, never as an error thrown into Jira's page. */
function OverlayBoundary({ children }: { children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) {
    return (
      <div class="pmo-root pmo-error" role="alert" data-testid="pmo-error">
        {i18n.t('overlay.crashed')}
      </div>
    );
  }
  return <>{children}</>;
}
