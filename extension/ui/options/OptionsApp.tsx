import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AccessNotices } from '../common/AccessNotices';
import { useDatabase } from '../database-context';
import { OpenImportLink } from '../import/OpenImportLink';
import { useLiveQuery } from '../use-live-query';
import { listConnections, readActiveConnection, readLastServerUrl } from '../workspace-queries';
import { ConnectedWorkspaces } from './ConnectedWorkspaces';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { JoinWorkspaceForm } from './JoinWorkspaceForm';
import { SelfHostedJira } from './SelfHostedJira';
import { ServerSection } from './ServerSection';
import { TokenForm } from './TokenForm';

/** Where `npm start` / `npm run dev:worker` serve the Worker locally. */
export const defaultServerUrl = 'http://127.0.0.1:8787';

/** Settings: the server, the joined workspaces, the three ways to join one, and self-hosted Jira sites. */
export function OptionsApp() {
  const db = useDatabase();
  const lastServerUrl = useLiveQuery(() => readLastServerUrl(db), [db]);
  const connections = useLiveQuery(() => listConnections(db), [db]);
  const active = useLiveQuery(() => readActiveConnection(db), [db]);
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [isServerUrlEdited, setServerUrlEdited] = useState(false);
  const [serverUrlError, setServerUrlError] = useState<string>();

  // Offer the last address that answered, unless the user already typed another.
  useEffect(() => {
    if (lastServerUrl && !isServerUrlEdited) setServerUrl(lastServerUrl);
  }, [lastServerUrl, isServerUrlEdited]);

  const hasWorkspaces = (connections?.length ?? 0) > 0;
  const formProps = { serverUrl, reportServerUrlError: setServerUrlError };
  return (
    <main class="options">
      <header class="options__header">
        <h1>{i18n.t('options.title')}</h1>
        <p class="muted">{i18n.t('options.intro')}</p>
        <OpenImportLink />
      </header>
      <ServerSection
        serverUrl={serverUrl}
        onServerUrl={(value) => {
          setServerUrl(value);
          setServerUrlEdited(true);
        }}
        serverUrlError={serverUrlError}
        reportServerUrlError={setServerUrlError}
      />
      <AccessNotices />
      {hasWorkspaces && connections ? (
        <ConnectedWorkspaces connections={connections} activeId={active?.workspaceId ?? null} />
      ) : null}
      <section aria-labelledby="ways-title">
        <h2 id="ways-title" class="section-title">
          {hasWorkspaces ? i18n.t('options.waysTitleMore') : i18n.t('options.waysTitle')}
        </h2>
        <div class="ways">
          <CreateWorkspaceForm {...formProps} />
          <JoinWorkspaceForm {...formProps} />
          <TokenForm {...formProps} />
        </div>
      </section>
      <SelfHostedJira />
    </main>
  );
}
