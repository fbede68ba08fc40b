import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import type { ConnectionReport, MessageError } from '../../messaging/protocol';
import { checkServerUrl } from '../../messaging/validate-workspace-forms';
import { useBackgroundClient } from '../../ui/background-client';
import { TextField } from '../common/TextField';
import { TextWithCode } from '../common/TextWithCode';
import { connectionKey, describeServerSession } from './describe-server-session';

interface ServerSectionProps {
  serverUrl: string;
  onServerUrl(value: string): void;
  serverUrlError?: string;
  reportServerUrlError(message: string | undefined): void;
  /** The joined workspaces now: the check's answer follows a workspace joined or left after it. */
  connections: ConnectionRow[];
  activeId: string | null;
}

type TestState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; report: ConnectionReport; joinedAtCheck: ReadonlySet<string> }
  | { state: 'error'; error: MessageError };

/** The Worker's address, and a button that says whether it answers and still accepts our token. */
export function ServerSection({
  serverUrl,
  onServerUrl,
  serverUrlError,
  reportServerUrlError,
  connections,
  activeId,
}: ServerSectionProps) {
  const client = useBackgroundClient();
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const latestConnections = useRef(connections);
  latestConnections.current = connections;

  function checkField(): boolean {
    const checked = checkServerUrl(serverUrl);
    reportServerUrlError(checked.ok ? undefined : checked.errors[0].message);
    return checked.ok;
  }

  async function testConnection() {
    if (!checkField()) {
      setTest({ state: 'idle' });
      document.getElementById('server-url')?.focus();
      return;
    }
    setTest({ state: 'checking' });
    const result = await client.send('connection.test', { serverUrl });
    if (result.ok) {
      const joinedAtCheck = new Set(latestConnections.current.map(connectionKey));
      setTest({ state: 'ok', report: result.value, joinedAtCheck });
    } else if (result.error.field === 'serverUrl') {
      reportServerUrlError(result.error.message);
      setTest({ state: 'idle' });
    } else setTest({ state: 'error', error: result.error });
  }

  return (
    <section class="card" aria-labelledby="server-title">
      <h2 id="server-title" class="card__title">
        {i18n.t('options.serverTitle')}
      </h2>
      <div class="server-row">
        <TextField
          id="server-url"
          label={i18n.t('options.serverUrl')}
          value={serverUrl}
          type="url"
          autoComplete="url"
          placeholder={i18n.t('options.serverUrlPlaceholder')}
          hint={i18n.t('options.serverUrlHint')}
          error={serverUrlError}
          onValue={(value) => {
            onServerUrl(value);
            if (serverUrlError) reportServerUrlError(undefined);
          }}
          onBlur={() => {
            if (serverUrl.trim() !== '') checkField();
          }}
        />
        <button
          type="button"
          class="button"
          data-testid="test-connection"
          disabled={test.state === 'checking'}
          onClick={() => void testConnection()}
        >
          {i18n.t('options.testConnection')}
        </button>
      </div>
      <ConnectionResult test={test} connections={connections} activeId={activeId} />
    </section>
  );
}

interface ConnectionResultProps {
  test: TestState;
  connections: ConnectionRow[];
  activeId: string | null;
}

function ConnectionResult({ test, connections, activeId }: ConnectionResultProps) {
  if (test.state === 'idle') return <div data-testid="connection-result" data-state="idle" aria-live="polite" />;
  if (test.state === 'checking') {
    return (
      <div data-testid="connection-result" data-state="checking" class="result" aria-live="polite">
        {i18n.t('options.checking')}
      </div>
    );
  }
  if (test.state === 'error') {
    return (
      <div data-testid="connection-result" data-state="error" class="result result--error" role="alert">
        <p>
          <TextWithCode text={i18n.t('options.testFailed', [test.error.message])} />
        </p>
      </div>
    );
  }
  const { report } = test;
  const lines = [i18n.t('options.serverReachable', [report.serverVersion])];
  let state = 'ok';
  const session = describeServerSession(report, test.joinedAtCheck, connections, activeId);
  if (session.kind === 'signedIn') {
    const { workspaceName, member } = session;
    lines.push(i18n.t('options.signedInAs', [workspaceName, member.name, i18n.t(`roles.${member.role}` as const)]));
  } else if (session.kind === 'refused') {
    state = 'error';
    lines.push(i18n.t('options.sessionRefused', [session.error.message]));
  } else {
    lines.push(i18n.t('options.noWorkspaceYet'));
  }
  return (
    <div
      data-testid="connection-result"
      data-state={state}
      class={state === 'ok' ? 'result result--ok' : 'result result--error'}
      role={state === 'ok' ? 'status' : 'alert'}
    >
      {lines.map((line) => (
        <p key={line}>
          <TextWithCode text={line} />
        </p>
      ))}
    </div>
  );
}
