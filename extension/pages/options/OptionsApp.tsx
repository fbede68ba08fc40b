import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { listConnections, readActiveConnection, readLastServerUrl } from '../../db/workspace-queries';
import { parseJoinHash } from '../../messaging/join-link';
import { AccessNotices } from '../common/AccessNotices';
import { useDatabase } from '../database-context';
import { OpenImportLink } from '../import/OpenImportLink';
import { useLiveQuery } from '../use-live-query';
import { ConnectedWorkspaces } from './ConnectedWorkspaces';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { JoinWorkspaceForm } from './JoinWorkspaceForm';
import { ReminderSettings } from './ReminderSettings';
import { SelfHostedJira } from './SelfHostedJira';
import { ServerSection } from './ServerSection';
import { TokenForm } from './TokenForm';

/**
 * Settings: the server, the joined workspaces, the ways to join one (an invite first; creating a
 * workspace, for whoever set up the server, folded away), and self-hosted Jira sites.
 */
export function OptionsApp() {
  const db = useDatabase();
  const lastServerUrl = useLiveQuery(() => readLastServerUrl(db), [db]);
  const connections = useLiveQuery(() => listConnections(db), [db]);
  const active = useLiveQuery(() => readActiveConnection(db), [db]);
  // An invite link (extension/messaging/join-link.ts) fills in the server and the code, once: the
  // code is a secret, so it leaves the address bar and the history as soon as it is read.
  const [joinLink] = useState(() => parseJoinHash(location.hash));
  useEffect(() => {
    if (joinLink) history.replaceState(null, '', location.pathname);
  }, [joinLink]);
  // No address is guessed: the server may run anywhere (`npm start` picks its port), so the field
  // starts empty with a neutral example, or with the last address that answered.
  const [serverUrl, setServerUrl] = useState(joinLink?.serverUrl ?? '');
  const [isServerUrlEdited, setServerUrlEdited] = useState(joinLink !== null);
  const [serverUrlError, setServerUrlError] = useState<string>();
  const knownServerUrl = lastServerUrl ?? active?.serverUrl;

  // Offer the last address that answered (else the active workspace's), unless the user typed another.
  useEffect(() => {
    if (knownServerUrl && !isServerUrlEdited) setServerUrl(knownServerUrl);
  }, [knownServerUrl, isServerUrlEdited]);

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
        connections={connections ?? []}
        activeId={active?.workspaceId ?? null}
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
          <JoinWorkspaceForm {...formProps} initialCode={joinLink?.code} />
          <TokenForm {...formProps} />
        </div>
        <details class="card admin-setup" data-testid="admin-setup">
          <summary class="admin-setup__summary">{i18n.t('options.adminSetupSummary')}</summary>
          <CreateWorkspaceForm {...formProps} />
        </details>
      </section>
      {hasWorkspaces ? <ReminderSettings /> : null}
      <SelfHostedJira />
    </main>
  );
}
