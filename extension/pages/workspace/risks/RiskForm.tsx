import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { bandOfScore, scoreRisk } from '../../../../shared/risk-score';
import type { Person } from '../../../../shared/schemas/resources';
import { type Risk, RiskProximitySchema } from '../../../../shared/schemas/risk';
import type { WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';
import { type Rating, RatingPicker } from '../../../ui/capture/RatingPicker';
import { describeBand, ScoreChip } from '../../../ui/common/ScoreChip';
import type { RiskChanges, RiskFormField, RiskFormValues } from './risk-form';
import { strategiesOf } from './risk-form';
import { fieldLabel, kindLabel, proximityLabel, ratingLabel, statusLabel, strategyLabel } from './risk-labels';

interface RiskFormProps {
  values: RiskFormValues;
  /** The risk as stored, undefined while creating: what may be emptied and which statuses apply. */
  current?: Risk;
  errors: RiskChanges['errors'];
  settings: WorkspaceSettingsFields;
  persons: readonly Person[];
  set<K extends RiskFormField>(field: K, value: RiskFormValues[K]): void;
  /** Shown under the statement's cause, event and effect: a new risk's "Lessons that may apply". */
  suggestions?: ComponentChildren;
  /** Sections shown after the form's own (escalation, links), by heading. */
  children?: ComponentChildren;
}

const inputId = (field: RiskFormField) => `risk-${field}`;

/** A labelled control with its hint and its error, wired with aria-describedby. */
function Field(props: {
  field: RiskFormField;
  label: string;
  error?: string;
  hint?: string;
  wide?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const id = inputId(props.field);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', props.error ? 'field--invalid' : '', props.wide ? 'risks-form__wide' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={classes}>
      <label for={id}>{props.label}</label>
      {props.children(describedBy, props.error !== undefined)}
      {props.error ? (
        <p id={errorId} class="field-error" role="alert" data-testid={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.hint ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The live score of a rating, banded on the workspace matrix, with the band in words. */
function LiveScore({
  probability,
  impact,
  settings,
  testId,
}: {
  probability: number;
  impact: number;
  settings: WorkspaceSettingsFields;
  testId: string;
}) {
  const score = scoreRisk(probability, impact);
  const band = bandOfScore(score, settings.riskMatrix);
  return (
    <div class="risks-form__score" aria-live="polite">
      <span class="risks-form__score-label">{i18n.t('workspaceRisks.editor.currentScore')}</span>
      <ScoreChip score={score} band={band} testId={testId} />
      <span class="risks-form__band" aria-hidden="true">
        {describeBand(band)}
      </span>
    </div>
  );
}

/**
 * Every editable field of a risk, grouped as a PRINCE2 register entry reads: statement,
 * assessment (inherent and residual P × I with their live score), response, owner and review.
 */
export function RiskForm({ values, current, errors, settings, persons, set, suggestions, children }: RiskFormProps) {
  const matrix = settings.riskMatrix;
  const label = (field: RiskFormField) => fieldLabel(field, settings.currency);
  const blank = i18n.t('workspaceRisks.editor.hintBlank');
  const hasResidual = values.residualProbability > 0 && values.residualImpact > 0;
  const text = (field: RiskFormField, options: { rows?: number; max?: number; wide?: boolean; hint?: string } = {}) => (
    <Field field={field} label={label(field)} error={errors[field]} hint={options.hint} wide={options.wide ?? true}>
      {(describedBy, invalid) => (
        <textarea
          id={inputId(field)}
          data-testid={inputId(field)}
          rows={options.rows ?? 3}
          maxLength={options.max ?? 5000}
          value={values[field] as string}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => set(field, event.currentTarget.value as never)}
        />
      )}
    </Field>
  );
  const line = (field: 'title' | 'category', max: number) => (
    <Field field={field} label={label(field)} error={errors[field]} wide={field === 'title'}>
      {(describedBy, invalid) => (
        <input
          id={inputId(field)}
          data-testid={inputId(field)}
          value={values[field]}
          maxLength={max}
          required={field === 'title'}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => set(field, event.currentTarget.value)}
        />
      )}
    </Field>
  );
  // A value once stored cannot be emptied (risk-form.ts storedValueOf): the empty choice goes with it.
  const mayEmpty = (field: keyof Risk) => current?.[field] === undefined;
  const statuses = (['open', 'mitigating', 'closed'] as const).filter((status) => status !== 'closed' || current);
  const strategies = strategiesOf(values.kind);

  return (
    <div class="risks-form">
      <section class="risks-form__section" aria-labelledby="risk-section-statement">
        <h3 id="risk-section-statement" class="risks-form__heading">
          {i18n.t('workspaceRisks.editor.statement')}
        </h3>
        <div class="risks-form__grid">
          {line('title', 300)}
          <Field field="kind" label={label('kind')} error={errors.kind}>
            {() => (
              <select
                id={inputId('kind')}
                data-testid={inputId('kind')}
                value={values.kind}
                onChange={(event) => set('kind', event.currentTarget.value as Risk['kind'])}
              >
                {(['threat', 'opportunity'] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabel(kind)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {line('category', 100)}
          <p class="risks-form__wide risks-form__sentence" data-testid="risk-statement-hint">
            {i18n.t('workspaceRisks.editor.hint', [
              values.cause.trim() || blank,
              values.event.trim() || blank,
              values.effect.trim() || blank,
            ])}
          </p>
          {text('cause', { rows: 2, max: 2000, wide: false })}
          {text('event', { rows: 2, max: 2000, wide: false })}
          {text('effect', { rows: 2, max: 2000, wide: false })}
          {suggestions}
          {text('description', { rows: 3 })}
        </div>
      </section>

      <section class="risks-form__section" aria-labelledby="risk-section-assessment">
        <h3 id="risk-section-assessment" class="risks-form__heading">
          {i18n.t('workspaceRisks.editor.assessment')}
        </h3>
        <div class="risks-form__rating">
          <p class="risks-form__rating-title">{i18n.t('workspaceRisks.editor.inherent')}</p>
          <div class="capture-row capture-row--ratings">
            <RatingPicker
              testId="risk-probability"
              label={label('probability')}
              value={values.probability}
              onValue={(rating) => set('probability', rating)}
              describe={(rating: Rating) => ratingLabel('probability', rating, matrix)}
            />
            <RatingPicker
              testId="risk-impact"
              label={label('impact')}
              value={values.impact}
              onValue={(rating) => set('impact', rating)}
              describe={(rating: Rating) => ratingLabel('impact', rating, matrix)}
            />
            <LiveScore
              probability={values.probability}
              impact={values.impact}
              settings={settings}
              testId="risk-inherent-score"
            />
          </div>
        </div>
        <div class="risks-form__rating">
          <p class="risks-form__rating-title">{i18n.t('workspaceRisks.editor.residual')}</p>
          {hasResidual ? (
            <div class="capture-row capture-row--ratings">
              <RatingPicker
                testId="risk-residual-probability"
                label={label('residualProbability')}
                value={values.residualProbability}
                onValue={(rating) => set('residualProbability', rating)}
                describe={(rating: Rating) => ratingLabel('probability', rating, matrix)}
              />
              <RatingPicker
                testId="risk-residual-impact"
                label={label('residualImpact')}
                value={values.residualImpact}
                onValue={(rating) => set('residualImpact', rating)}
                describe={(rating: Rating) => ratingLabel('impact', rating, matrix)}
              />
              <LiveScore
                probability={values.residualProbability}
                impact={values.residualImpact}
                settings={settings}
                testId="risk-residual-score"
              />
            </div>
          ) : (
            <div class="risks-form__residual-none">
              <p class="muted">{i18n.t('workspaceRisks.editor.residualNone')}</p>
              <button
                type="button"
                class="button"
                data-testid="risk-assess-residual"
                onClick={() => {
                  set('residualProbability', values.probability);
                  set('residualImpact', values.impact);
                }}
              >
                {i18n.t('workspaceRisks.editor.assessResidual')}
              </button>
            </div>
          )}
        </div>
        <div class="risks-form__grid">
          <Field field="costImpact" label={label('costImpact')} error={errors.costImpact}>
            {(describedBy, invalid) => (
              <input
                id={inputId('costImpact')}
                data-testid={inputId('costImpact')}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                value={values.costImpact}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onInput={(event) => set('costImpact', event.currentTarget.value)}
              />
            )}
          </Field>
          <Field field="proximity" label={label('proximity')} error={errors.proximity}>
            {() => (
              <select
                id={inputId('proximity')}
                data-testid={inputId('proximity')}
                value={values.proximity}
                onChange={(event) => set('proximity', event.currentTarget.value as RiskFormValues['proximity'])}
              >
                {mayEmpty('proximity') ? <option value="">{i18n.t('workspaceRisks.editor.notSet')}</option> : null}
                {RiskProximitySchema.options.map((proximity) => (
                  <option key={proximity} value={proximity}>
                    {proximityLabel(proximity)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section class="risks-form__section" aria-labelledby="risk-section-response">
        <h3 id="risk-section-response" class="risks-form__heading">
          {i18n.t('workspaceRisks.editor.response')}
        </h3>
        <div class="risks-form__grid">
          <Field field="responseStrategy" label={label('responseStrategy')} error={errors.responseStrategy}>
            {(describedBy, invalid) => (
              <select
                id={inputId('responseStrategy')}
                data-testid={inputId('responseStrategy')}
                value={values.responseStrategy}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(event) =>
                  set('responseStrategy', event.currentTarget.value as RiskFormValues['responseStrategy'])
                }
              >
                {mayEmpty('responseStrategy') || values.responseStrategy === '' ? (
                  <option value="">{i18n.t('workspaceRisks.editor.notSet')}</option>
                ) : null}
                {strategies.map((strategy) => (
                  <option key={strategy} value={strategy}>
                    {strategyLabel(strategy)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('responseActions', { rows: 3 })}
          {text('triggers', { rows: 2, max: 2000 })}
          {text('contingencyPlan', { rows: 3 })}
        </div>
      </section>

      <section class="risks-form__section" aria-labelledby="risk-section-ownership">
        <h3 id="risk-section-ownership" class="risks-form__heading">
          {i18n.t('workspaceRisks.editor.ownership')}
        </h3>
        <div class="risks-form__grid">
          <Field
            field="owner"
            label={label('owner')}
            error={errors.owner}
            hint={i18n.t('workspaceRisks.editor.ownerHint')}
          >
            {(describedBy, invalid) => (
              <>
                <input
                  id={inputId('owner')}
                  data-testid={inputId('owner')}
                  list="risk-owner-people"
                  value={values.owner}
                  maxLength={200}
                  autoComplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  onInput={(event) => set('owner', event.currentTarget.value)}
                />
                <datalist id="risk-owner-people">
                  {persons.map((person) => (
                    <option key={person.id} value={person.name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field field="reviewDate" label={label('reviewDate')} error={errors.reviewDate}>
            {(describedBy, invalid) => (
              <input
                id={inputId('reviewDate')}
                data-testid={inputId('reviewDate')}
                type="date"
                value={values.reviewDate}
                required={!mayEmpty('reviewDate')}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onInput={(event) => set('reviewDate', event.currentTarget.value)}
              />
            )}
          </Field>
          <Field field="status" label={label('status')} error={errors.status}>
            {() =>
              values.status === 'occurred' ? (
                <p id={inputId('status')} class="risks-form__static" data-testid={inputId('status')}>
                  {i18n.t('workspaceRisks.editor.occurredStatus')}
                </p>
              ) : (
                <select
                  id={inputId('status')}
                  data-testid={inputId('status')}
                  value={values.status}
                  onChange={(event) => set('status', event.currentTarget.value as Risk['status'])}
                >
                  {statuses.map((status) => (
                    <option key={status} value={status}>
                      {statusLabel(status)}
                    </option>
                  ))}
                </select>
              )
            }
          </Field>
          {values.status === 'closed'
            ? text('closingReason', { rows: 2, max: 2000, hint: i18n.t('workspaceRisks.editor.closingHint') })
            : null}
        </div>
      </section>
      {children}
    </div>
  );
}
