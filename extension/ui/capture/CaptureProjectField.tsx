import { i18n } from '#i18n';
import { CaptureField } from './CaptureField';
import type { CaptureStart } from './capture-form-values';

interface CaptureProjectFieldProps {
  start: CaptureStart;
  value: string;
  onValue(projectId: string): void;
}

/** Why a project was put first, in words; only while that project is the one chosen. */
function describeSuggestion(start: CaptureStart): string {
  if (start.suggestionReason === 'jira') {
    const projectKey = start.draft.source.jiraKey?.replace(/-\d+$/, '');
    return projectKey ? i18n.t('capture.suggestedJira', [projectKey]) : i18n.t('capture.suggestedJiraProject');
  }
  if (start.suggestionReason === 'sheet') return i18n.t('capture.suggestedSheet');
  return i18n.t('capture.lastUsed');
}

/** The project picker, the page's suggestion first (the background ranks them), with the reason beside it. */
export function CaptureProjectField({ start, value, onValue }: CaptureProjectFieldProps) {
  const isSuggestionShown = start.suggestionReason !== null && start.suggestedId === value;
  return (
    <CaptureField id="capture-project" label={i18n.t('capture.project')}>
      <select
        id="capture-project"
        data-testid="capture-project"
        value={value}
        aria-describedby={isSuggestionShown ? 'capture-suggestion' : undefined}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {start.projects.map((project) => (
          <option key={project.id} value={project.id}>
            {`${project.code} – ${project.name}`}
          </option>
        ))}
      </select>
      {isSuggestionShown ? (
        <span class="capture-note" id="capture-suggestion" data-testid="capture-suggestion">
          {describeSuggestion(start)}
        </span>
      ) : null}
    </CaptureField>
  );
}
