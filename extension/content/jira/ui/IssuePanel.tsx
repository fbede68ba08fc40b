import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { JiraDraftKind } from '../../../../shared/jira/issue-drafts';
import type { JiraIssue } from '../../../../shared/jira/rest-schemas';
import { DraftForm } from './DraftForm';
import { NextMilestone, PendingGate, RagChip } from './HealthFacts';
import { ImportDialog } from './ImportDialog';
import { IssueLinks } from './IssueLinks';
import { NoWorkspace } from './NoWorkspace';
import { OpenWorkspaceButton } from './OpenWorkspaceButton';
import { OverlayError } from './OverlayError';
import { ProjectMapForm } from './ProjectMapForm';
import { RollUpSection } from './RollUpSection';
import { type JiraContextAnswer, useJiraContext } from './use-jira-context';
import { useJiraIssue } from './use-jira-issue';

export interface IssuePanelProps {
  issueKey: string;
  projectKey: string;
  /** The issue's own address (`/browse/KEY`), also from the board's modal. */
  issueUrl: string;
  /** Aborted when the page shows another issue. */
  signal: AbortSignal;
}

/**
 * The PMO beside a Jira issue: the mapped project's RAG and next milestone, what the issue rolls up
 * to, the risks and records raised from it, quick capture prefilled from it, and the import.
 */
export function IssuePanel({ issueKey, projectKey, issueUrl, signal }: IssuePanelProps) {
  const issue = useJiraIssue(issueKey, signal);
  const { loaded, reload } = useJiraContext(projectKey, issueKey, signal);
  const headingId = `pmo-panel-${issueKey}`;
  const context = loaded.state === 'ready' ? loaded.value.context : null;
  return (
    <section
      class="pmo-root pmo-panel"
      data-testid="pmo-panel"
      data-issue-key={issueKey}
      data-state={loaded.state}
      aria-labelledby={headingId}
    >
      <header class="pmo-panel__header">
        <h2 id={headingId} class="pmo-brand">
          {i18n.t('overlay.brand')}
        </h2>
        {context?.project ? (
          <span class="pmo-project">{`${context.project.code} · ${context.project.name}`}</span>
        ) : null}
        {context?.project ? <RagChip rag={context.rag} reason={context.ragReason} /> : null}
      </header>
      <OverlayError
        messages={[
          issue.state === 'failed' ? issue.failure.message : undefined,
          loaded.state === 'failed' ? loaded.message : undefined,
        ]}
      />
      {loaded.state === 'loading' ? (
        <p class="pmo-muted" aria-busy="true">
          {i18n.t('overlay.loading')}
        </p>
      ) : null}
      {loaded.state === 'ready' ? (
        <PanelBody
          answer={loaded.value}
          issueKey={issueKey}
          projectKey={projectKey}
          issueUrl={issueUrl}
          issue={issue.state === 'ready' ? issue.issue : null}
          signal={signal}
          reload={reload}
        />
      ) : null}
    </section>
  );
}

interface PanelBodyProps extends IssuePanelProps {
  answer: JiraContextAnswer;
  issue: JiraIssue | null;
  reload(): void;
}

function PanelBody({ answer, issueKey, projectKey, issueUrl, issue, signal, reload }: PanelBodyProps) {
  const [draftKind, setDraftKind] = useState<JiraDraftKind | null>(null);
  const [saved, setSaved] = useState<string>();
  const [isImportOpen, setIsImportOpen] = useState(false);
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const { workspace, context, projects } = answer;
  if (!workspace) return <NoWorkspace />;
  if (!context?.project) return <ProjectMapForm jiraProjectKey={projectKey} projects={projects} onMapped={reload} />;

  const focusOpener = (name: string) => openers.current.get(name)?.focus();
  const closeDraft = () => {
    const kind = draftKind;
    setDraftKind(null);
    if (kind) focusOpener(kind);
  };
  const closeImport = () => {
    setIsImportOpen(false);
    focusOpener('import');
  };
  const raiseButton = (kind: JiraDraftKind, testId: string) => (
    <button
      type="button"
      class="pmo-button"
      data-testid={testId}
      ref={(element) => {
        openers.current.set(kind, element);
      }}
      disabled={!issue}
      aria-expanded={draftKind === kind}
      onClick={() => {
        setSaved(undefined);
        setDraftKind(draftKind === kind ? null : kind);
      }}
    >
      {i18n.t(`overlay.raise.${kind}`)}
    </button>
  );

  return (
    <>
      <div class="pmo-section">
        <NextMilestone milestone={context.nextMilestone} />
        <PendingGate gate={context.pendingGate} />
      </div>
      <RollUpSection
        key={context.rollUp?.id ?? 'none'}
        issueKey={issueKey}
        projectId={context.project?.id}
        summary={issue?.fields.summary ?? issueKey}
        rollUp={context.rollUp}
        linkTargets={context.linkTargets}
        onChanged={reload}
      />
      <IssueLinks context={context} />
      <div class="pmo-actions">
        {raiseButton('risk', 'pmo-raise-risk')}
        {raiseButton('issue', 'pmo-log-issue')}
        {raiseButton('decision', 'pmo-log-decision')}
        {raiseButton('action', 'pmo-log-action')}
        <button
          type="button"
          class="pmo-button"
          data-testid="pmo-import-open"
          ref={(element) => {
            openers.current.set('import', element);
          }}
          aria-expanded={isImportOpen}
          onClick={() => setIsImportOpen(!isImportOpen)}
        >
          {i18n.t('overlay.import.open')}
        </button>
        {context.project ? (
          <OpenWorkspaceButton testId="pmo-open-workspace" route={{ projectId: context.project.id, tab: 'risks' }} />
        ) : null}
      </div>
      {saved ? (
        <p class="pmo-success" role="status" data-testid="pmo-draft-saved">
          {saved}
        </p>
      ) : null}
      {draftKind && issue ? (
        <DraftForm
          key={draftKind}
          kind={draftKind}
          jiraProjectKey={projectKey}
          issue={issue}
          issueUrl={issueUrl}
          people={answer.people}
          matrix={context.riskMatrix}
          onClose={closeDraft}
          onSaved={(title) => {
            setSaved(i18n.t(`overlay.draft.saved.${draftKind}`, [title]));
            closeDraft();
            reload();
          }}
        />
      ) : null}
      {isImportOpen ? (
        <ImportDialog jiraProjectKey={projectKey} signal={signal} onClose={closeImport} onImported={reload} />
      ) : null}
    </>
  );
}
