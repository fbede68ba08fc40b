import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { NextMilestone, PendingGate, RagChip, TopRisks } from './HealthFacts';
import { ImportDialog } from './ImportDialog';
import { NoWorkspace } from './NoWorkspace';
import { OpenPopupButton } from './OpenPopupButton';
import { OpenWorkspaceButton } from './OpenWorkspaceButton';
import { OverlayError } from './OverlayError';
import { ProjectMapForm } from './ProjectMapForm';
import { useJiraContext } from './use-jira-context';

export interface HealthBannerProps {
  projectKey: string;
  page: 'board' | 'backlog';
  /** Aborted when the page shows another project. */
  signal: AbortSignal;
}

/** A compact health line above a board or backlog: RAG, top risks, next milestone, pending gate. */
export function HealthBanner({ projectKey, page, signal }: HealthBannerProps) {
  const { loaded, reload } = useJiraContext(projectKey, undefined, signal);
  const [isImportOpen, setIsImportOpen] = useState(false);
  const importOpener = useRef<HTMLButtonElement>(null);
  const answer = loaded.state === 'ready' ? loaded.value : null;
  const context = answer?.context;
  const project = context?.project;
  return (
    <section
      class="pmo-root pmo-banner"
      data-testid="pmo-banner"
      data-project-key={projectKey}
      data-page={page}
      data-state={loaded.state}
      aria-label={i18n.t('overlay.bannerLabel', [projectKey])}
    >
      <div class="pmo-banner__row">
        <strong class="pmo-brand">{i18n.t('overlay.brand')}</strong>
        {project && context ? (
          <>
            <span class="pmo-project">{project.code}</span>
            <RagChip rag={context.rag} reason={context.ragReason} />
            <TopRisks risks={context.topRisks} matrix={context.riskMatrix} />
            <NextMilestone milestone={context.nextMilestone} />
            <PendingGate gate={context.pendingGate} />
          </>
        ) : null}
        {loaded.state === 'loading' ? (
          <span class="pmo-muted" aria-busy="true">
            {i18n.t('overlay.loading')}
          </span>
        ) : null}
        <span class="pmo-banner__actions">
          {project ? (
            <OpenWorkspaceButton testId="pmo-open-workspace" route={{ projectId: project.id, tab: 'overview' }} />
          ) : (
            <OpenPopupButton testId="pmo-open-popup" />
          )}
          {project ? (
            <button
              type="button"
              class="pmo-button"
              data-testid="pmo-import-open"
              ref={importOpener}
              aria-expanded={isImportOpen}
              onClick={() => setIsImportOpen(!isImportOpen)}
            >
              {i18n.t('overlay.import.open')}
            </button>
          ) : null}
        </span>
      </div>
      <OverlayError messages={[loaded.state === 'failed' ? loaded.message : undefined]} />
      {answer && !answer.workspace ? <NoWorkspace isOpenShown={false} /> : null}
      {answer?.workspace && !project ? (
        <ProjectMapForm jiraProjectKey={projectKey} projects={answer.projects} onMapped={reload} />
      ) : null}
      {isImportOpen && project ? (
        <ImportDialog
          jiraProjectKey={projectKey}
          signal={signal}
          onClose={() => {
            setIsImportOpen(false);
            importOpener.current?.focus();
          }}
          onImported={reload}
        />
      ) : null}
    </section>
  );
}
