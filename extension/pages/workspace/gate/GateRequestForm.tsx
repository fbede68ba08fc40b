import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { computeWeightedGateScore } from '../../../../shared/methodology/gate-score';
import type { GateReview } from '../../../../shared/schemas/gate-review';
import type { Phase } from '../../../../shared/schemas/methodology';
import { PlaybookLinks } from '../../admin/playbooks/PlaybookLinks';
import { FormError } from '../../common/FormError';
import type { ProjectView } from '../project-view';
import { useMutate } from '../use-mutate';
import { EvidenceEditor } from './EvidenceEditor';
import { type GateDraft, listDraftUnmet, startGateDraft, toGateAnswers } from './gate-draft';
import { RequiredArtifacts } from './RequiredArtifacts';
import { ScoreMeter } from './ScoreMeter';

interface GateRequestFormProps {
  view: ProjectView;
  /** The phase the gate leads into. */
  next: Phase;
  /** The last review of this gate, whose answers the draft starts from. */
  previous: GateReview | undefined;
}

const scores = [0, 1, 2, 3, 4, 5] as const;

/**
 * The next gate's criteria as a PM answers them: the must-meet checklist (met, with a note), the
 * should-meet scores with their weights and the weighted score against the pass score, the
 * required artifacts, evidence links, then "Request gate review" (`gate.request`). What the shared
 * rule will refuse is said before the click, and the refusal itself is shown if it comes.
 */
export function GateRequestForm({ view, next, previous }: GateRequestFormProps) {
  const mutate = useMutate(view.workspaceId);
  const gate = next.gate;
  const [draft, setDraft] = useState<GateDraft>(() => startGateDraft(gate, previous));
  const [isSending, setIsSending] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const unmet = useMemo(() => listDraftUnmet(gate, draft), [gate, draft]);
  const score = useMemo(() => computeWeightedGateScore(gate, toGateAnswers(gate, draft).shouldMeet), [gate, draft]);
  const update = (change: Partial<GateDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function requestReview() {
    setIsSending(true);
    setRefusal(undefined);
    const outcome = await mutate('gate.request', {
      id: crypto.randomUUID(),
      projectId: view.records.project.id,
      templateId: view.template?.id,
      toPhaseId: next.id,
      ...toGateAnswers(gate, draft),
    });
    setIsSending(false);
    if (!outcome.ok) setRefusal(outcome.message);
  }

  return (
    <form
      class="gate-form"
      data-testid="gate-form"
      aria-labelledby="gate-next-title"
      onSubmit={(event) => {
        event.preventDefault();
        void requestReview();
      }}
    >
      {gate && gate.mustMeet.length > 0 ? (
        <fieldset class="gate-section" data-testid="gate-must-meet">
          <legend class="gate-section__title">{i18n.t('workspaceGate.mustMeet.title')}</legend>
          <p class="field-hint">{i18n.t('workspaceGate.mustMeet.hint')}</p>
          <ul class="gate-checklist">
            {gate.mustMeet.map((criterion, index) => {
              const checkboxId = `gate-met-${index}`;
              return (
                <li key={criterion.id} class="gate-checklist__item" data-testid="gate-criterion">
                  <div class="gate-checklist__check">
                    <input
                      id={checkboxId}
                      data-testid={checkboxId}
                      type="checkbox"
                      checked={draft.met[criterion.id] === true}
                      onChange={(event) =>
                        update({ met: { ...draft.met, [criterion.id]: event.currentTarget.checked } })
                      }
                    />
                    <label for={checkboxId}>{criterion.text}</label>
                  </div>
                  <PlaybookLinks workspaceId={view.workspaceId} criterionId={criterion.id} />
                  <div class="field gate-checklist__note">
                    <label for={`gate-note-${index}`} class="gate-checklist__note-label">
                      {i18n.t('workspaceGate.mustMeet.note')}
                    </label>
                    <input
                      id={`gate-note-${index}`}
                      data-testid={`gate-note-${index}`}
                      type="text"
                      maxLength={1000}
                      value={draft.notes[criterion.id] ?? ''}
                      placeholder={i18n.t('workspaceGate.mustMeet.notePlaceholder')}
                      onInput={(event) =>
                        update({ notes: { ...draft.notes, [criterion.id]: event.currentTarget.value } })
                      }
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      {gate && gate.shouldMeet.length > 0 ? (
        <fieldset class="gate-section" data-testid="gate-should-meet">
          <legend class="gate-section__title">{i18n.t('workspaceGate.shouldMeet.title')}</legend>
          <p class="field-hint">{i18n.t('workspaceGate.shouldMeet.hint')}</p>
          <ul class="gate-scores">
            {gate.shouldMeet.map((criterion, index) => (
              <li key={criterion.id} class="gate-scores__item">
                <fieldset class="gate-scores__group" data-testid="gate-score-criterion">
                  <legend class="gate-scores__legend">
                    <span>{criterion.text}</span>{' '}
                    <span class="gate-scores__weight">
                      {i18n.t('workspaceGate.shouldMeet.weight', [String(criterion.weight)])}
                    </span>
                  </legend>
                  <div class="gate-scores__radios">
                    {scores.map((value) => (
                      <label key={value} class="gate-scores__radio">
                        <input
                          type="radio"
                          name={`gate-score-${index}`}
                          data-testid={`gate-score-${index}-${value}`}
                          value={value}
                          checked={draft.scores[criterion.id] === value}
                          onChange={() => update({ scores: { ...draft.scores, [criterion.id]: value } })}
                        />
                        <span>{value}</span>
                      </label>
                    ))}
                  </div>
                  <PlaybookLinks workspaceId={view.workspaceId} criterionId={criterion.id} />
                </fieldset>
              </li>
            ))}
          </ul>
          <ScoreMeter result={score} language={view.language} />
        </fieldset>
      ) : null}
      <RequiredArtifacts artifacts={next.requiredArtifacts} />
      <EvidenceEditor links={draft.links} onLinks={(links) => update({ links })} />
      <div class="gate-form__actions">
        {unmet.length > 0 ? (
          <p class="gate-form__unmet" id="gate-unmet" data-testid="gate-unmet">
            {i18n.t('workspaceGate.request.unmet', unmet.length, [
              unmet.map((answer) => i18n.t('workspaceGate.quoted', [answer.text ?? answer.criterionId])).join(', '),
            ])}
          </p>
        ) : null}
        <button
          type="submit"
          class="button button--primary"
          data-testid="gate-request"
          disabled={isSending}
          aria-describedby={unmet.length > 0 ? 'gate-unmet' : undefined}
        >
          {isSending ? i18n.t('workspaceGate.request.sending') : i18n.t('workspaceGate.request.button')}
        </button>
        <FormError id="gate-request-error" message={refusal} />
      </div>
    </form>
  );
}
