import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  browserSelfHostedJiraApi,
  listSelfHostedJira,
  registerSelfHostedJira,
  removeSelfHostedJira,
  requestSelfHostedJira,
  type SelfHostedJiraApi,
} from '../../permissions/self-hosted';
import { parseSelfHostedJiraUrl, type SelfHostedJiraSite } from '../../permissions/self-hosted-origin';
import { TextField } from '../common/TextField';

type Outcome = { state: 'idle' } | { state: 'busy' } | { state: 'ok' | 'error'; message: string };

const problemMessages = {
  missing: () => i18n.t('options.selfHostedJira.urlMissing'),
  invalid: () => i18n.t('options.selfHostedJira.urlInvalid'),
  cloud: () => i18n.t('options.selfHostedJira.cloudSite'),
};

/**
 * Jira on the user's own domain: the extension asks the browser for that one site (an optional
 * host permission), then registers the Jira content script there. Jira Cloud needs none of this.
 */
export function SelfHostedJira({ api = browserSelfHostedJiraApi }: { api?: SelfHostedJiraApi }) {
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [sites, setSites] = useState<SelfHostedJiraSite[]>([]);

  async function refreshSites() {
    // A browser without run-time content scripts lists none rather than breaking the page.
    setSites(await listSelfHostedJira(api).catch(() => []));
  }

  useEffect(() => {
    void refreshSites();
  }, [api]);

  async function add(event: Event) {
    event.preventDefault();
    const parsed = parseSelfHostedJiraUrl(url);
    if (!parsed.ok) {
      setUrlError(problemMessages[parsed.problem]());
      document.getElementById('self-hosted-jira-url')?.focus();
      return;
    }
    const { site } = parsed;
    setOutcome({ state: 'busy' });
    try {
      // First call of the click handler: the browser grants optional access only within the user's gesture.
      const isGranted = await requestSelfHostedJira(site, api);
      if (!isGranted) {
        setOutcome({ state: 'error', message: i18n.t('options.selfHostedJira.denied', [site.origin]) });
        return;
      }
      await registerSelfHostedJira(site, api);
      setUrl('');
      setOutcome({ state: 'ok', message: i18n.t('options.selfHostedJira.added', [site.origin]) });
    } catch (error) {
      setOutcome({ state: 'error', message: i18n.t('options.selfHostedJira.addFailed', [site.origin, String(error)]) });
    }
    await refreshSites();
  }

  async function remove(site: SelfHostedJiraSite) {
    try {
      await removeSelfHostedJira(site, api);
      setOutcome({ state: 'ok', message: i18n.t('options.selfHostedJira.removed', [site.origin]) });
    } catch (error) {
      setOutcome({
        state: 'error',
        message: i18n.t('options.selfHostedJira.removeFailed', [site.origin, String(error)]),
      });
    }
    await refreshSites();
  }

  return (
    <section class="card" aria-labelledby="self-hosted-jira-title">
      <h2 id="self-hosted-jira-title" class="card__title">
        {i18n.t('options.selfHostedJira.title')}
      </h2>
      <p class="card__intro">{i18n.t('options.selfHostedJira.intro')}</p>
      <form class="server-row" onSubmit={add} noValidate>
        <TextField
          id="self-hosted-jira-url"
          label={i18n.t('options.selfHostedJira.baseUrl')}
          value={url}
          type="url"
          autoComplete="url"
          placeholder="https://jira.example.com"
          hint={i18n.t('options.selfHostedJira.baseUrlHint')}
          error={urlError}
          onValue={(value) => {
            setUrl(value);
            setUrlError(undefined);
          }}
        />
        <button
          type="submit"
          class="button button--primary"
          data-testid="self-hosted-jira-add"
          disabled={outcome.state === 'busy'}
        >
          {outcome.state === 'busy' ? i18n.t('options.selfHostedJira.adding') : i18n.t('options.selfHostedJira.add')}
        </button>
      </form>
      <OutcomeMessage outcome={outcome} />
      <h3 class="card__title">{i18n.t('options.selfHostedJira.listTitle')}</h3>
      {sites.length === 0 ? (
        <p class="muted" data-testid="self-hosted-jira-none">
          {i18n.t('options.selfHostedJira.none')}
        </p>
      ) : (
        <ul class="workspaces" data-testid="self-hosted-jira-sites">
          {sites.map((site) => (
            <li key={site.scriptId} class="workspace" data-testid="self-hosted-jira-site" data-origin={site.origin}>
              <div class="workspace__head">
                <span class="workspace__name">{site.origin}</span>
                <button
                  type="button"
                  class="button button--danger-quiet"
                  data-testid="self-hosted-jira-remove"
                  aria-label={i18n.t('options.selfHostedJira.removeLabel', [site.origin])}
                  onClick={() => void remove(site)}
                >
                  {i18n.t('options.selfHostedJira.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (outcome.state !== 'ok' && outcome.state !== 'error')
    return <div data-testid="self-hosted-jira-result" data-state={outcome.state} aria-live="polite" />;
  return (
    <div
      data-testid="self-hosted-jira-result"
      data-state={outcome.state}
      class={outcome.state === 'ok' ? 'result result--ok' : 'result result--error'}
      role={outcome.state === 'ok' ? 'status' : 'alert'}
    >
      <p>{outcome.message}</p>
    </div>
  );
}
