import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { draftTitle, type JiraDraftKind } from '../../../../shared/jira/issue-drafts';
import type { JiraIssue } from '../../../../shared/jira/rest-schemas';
import type { RiskMatrixSize } from '../../../../shared/risk-score';
import { useBackgroundClient } from '../../../ui/background-client';
import { CaptureKindFields } from '../../../ui/capture/CaptureKindFields';
import { CaptureRiskFields } from '../../../ui/capture/CaptureRiskFields';
import {
  type CaptureFormValues,
  type CapturePerson,
  initialRiskValues,
  toCaptureFields,
} from '../../../ui/capture/capture-form-values';

interface DraftFormProps {
  kind: JiraDraftKind;
  jiraProjectKey: string;
  issue: JiraIssue;
  issueUrl: string;
  /** The workspace's people, offered as a risk's owner. */
  people: readonly CapturePerson[];
  /** The workspace's risk matrix, which the live score is banded on. */
  matrix: RiskMatrixSize;
  onClose(): void;
  /** After the record is saved, with the title it was saved under. */
  onSaved(title: string): void;
}

const titleMax: Record<JiraDraftKind, number> = { risk: 300, issue: 300, action: 300, decision: 1000 };

/**
 * A risk, issue, decision or action prefilled from the Jira issue. A risk gets the capture card's own
 * fields (extension/ui/capture): cause / event / effect, probability × impact with the live score,
 * the owner (the Jira assignee first) and the review date; the others keep the issue's assignee and
 * due date as they are.
 */
export function DraftForm({ kind, jiraProjectKey, issue, issueUrl, people, matrix, onClose, onSaved }: DraftFormProps) {
  const client = useBackgroundClient();
  const assignee = issue.fields.assignee?.displayName;
  const [title, setTitle] = useState(() => draftTitle(issue, titleMax[kind]));
  const [risk, setRisk] = useState<CaptureFormValues>(() => initialRiskValues(assignee ?? '', new Date()));
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string>();
  const titleInput = useRef<HTMLInputElement>(null);
  const headingId = `pmo-draft-${kind}-${issue.key}`;
  const isRisk = kind === 'risk';

  useEffect(() => titleInput.current?.focus(), []);

  const setRiskField = <K extends keyof CaptureFormValues>(key: K, value: CaptureFormValues[K]) =>
    setRisk((current) => ({ ...current, [key]: value }));

  async function save(event: Event) {
    event.preventDefault();
    const typed = title.trim();
    if (!typed) {
      setError(i18n.t('overlay.draft.titleMissing'));
      titleInput.current?.focus();
      return;
    }
    if (isSaving) return;
    setIsSaving(true);
    setError(undefined);
    const answer = await client.send('jira.raise', {
      kind,
      jiraProjectKey,
      issueUrl,
      issue,
      title: typed,
      ...(isRisk ? { fields: toCaptureFields(risk, people) } : {}),
    });
    setIsSaving(false);
    if (answer.ok) onSaved(typed);
    else setError(answer.error.message);
  }

  return (
    <form
      class="pmo-draft"
      aria-labelledby={headingId}
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h3 id={headingId} class="pmo-section__title">
        {i18n.t(`overlay.draft.heading.${kind}`, [issue.key])}
      </h3>
      <label class="pmo-field">
        <span>{i18n.t('overlay.draft.titleLabel')}</span>
        <input
          ref={titleInput}
          data-testid="pmo-draft-title"
          value={title}
          maxLength={titleMax[kind]}
          aria-invalid={error ? true : undefined}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </label>
      {isRisk ? (
        <>
          <CaptureRiskFields values={risk} set={setRiskField} matrix={matrix} />
          <CaptureKindFields people={people} values={risk} set={setRiskField} />
        </>
      ) : null}
      <dl class="pmo-facts">
        <dt>{i18n.t('overlay.draft.key')}</dt>
        <dd>{issue.key}</dd>
        <dt>{i18n.t('overlay.draft.summary')}</dt>
        <dd>{issue.fields.summary}</dd>
        <dt>{i18n.t('overlay.draft.link')}</dt>
        <dd class="pmo-break">{issueUrl}</dd>
        {isRisk ? null : (
          <>
            <dt>{i18n.t('overlay.draft.assignee')}</dt>
            <dd>{assignee ?? i18n.t('overlay.draft.unassigned')}</dd>
          </>
        )}
      </dl>
      {error ? (
        <p class="pmo-form-error" role="alert" data-testid="pmo-draft-error">
          {error}
        </p>
      ) : null}
      <div class="pmo-actions">
        <button type="submit" class="pmo-button pmo-button--primary" data-testid="pmo-draft-save" disabled={isSaving}>
          {isSaving ? i18n.t('overlay.saving') : i18n.t(`overlay.draft.save.${kind}`)}
        </button>
        <button type="button" class="pmo-button" onClick={onClose}>
          {i18n.t('overlay.cancel')}
        </button>
      </div>
    </form>
  );
}
