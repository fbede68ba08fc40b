import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { scoreOf } from '../../../../shared/analytics/risk/risk-rating';
import { bandOfScore } from '../../../../shared/risk-score';
import type { Risk } from '../../../../shared/schemas/risk';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import { formatDay, formatMoney } from '../format';
import type { ProjectView } from '../project-view';
import { fieldLabel, kindLabel, proximityLabel, ratingLabel, statusLabel, strategyLabel } from './risk-labels';

/** One label and its value; an empty value reads "Not set" rather than vanishing. */
function Item({ label, children, testId }: { label: string; children: ComponentChildren; testId?: string }) {
  const isEmpty = children === undefined || children === null || children === '';
  return (
    <div class="risks-details__item" data-testid={testId}>
      <dt>{label}</dt>
      <dd class={isEmpty ? 'muted' : 'risks-details__value'}>
        {isEmpty ? i18n.t('workspaceRisks.editor.notSet') : children}
      </dd>
    </div>
  );
}

/** A rating with its score chip: "P4 Likely × I3 Moderate, 12 (High)". */
function Rating({ risk, basis, view }: { risk: Risk; basis: 'inherent' | 'residual'; view: ProjectView }) {
  const matrix = view.settings.riskMatrix;
  const probability = basis === 'inherent' ? risk.probability : risk.residualProbability;
  const impact = basis === 'inherent' ? risk.impact : risk.residualImpact;
  if (probability === undefined || impact === undefined) return null;
  const score = scoreOf(risk, basis);
  return (
    <span class="risks-details__rating">
      {`${i18n.t('workspaceRisks.rating', [String(probability), String(impact)])} · ${ratingLabel('probability', probability, matrix)} × ${ratingLabel('impact', impact, matrix)}`}{' '}
      <ScoreChip score={score} band={bandOfScore(score, matrix)} />
    </span>
  );
}

/** Every field of a risk as text, for a member whose role reads but does not write. */
export function RiskDetails({ risk, view }: { risk: Risk; view: ProjectView }) {
  const label = (field: string) => fieldLabel(field, view.settings.currency);
  const statement = [risk.cause, risk.event, risk.effect].some((part) => part)
    ? i18n.t('workspaceRisks.editor.hint', [
        risk.cause || i18n.t('workspaceRisks.editor.hintBlank'),
        risk.event || i18n.t('workspaceRisks.editor.hintBlank'),
        risk.effect || i18n.t('workspaceRisks.editor.hintBlank'),
      ])
    : undefined;
  return (
    <div class="risks-details" data-testid="risk-details">
      <p class="risks-note">{i18n.t('workspaceRisks.editor.readOnly')}</p>
      <dl class="risks-details__list">
        <Item label={label('title')} testId="risk-details-title">
          {risk.title}
        </Item>
        <Item label={label('kind')}>{kindLabel(risk.kind)}</Item>
        <Item label={label('status')}>{statusLabel(risk.status)}</Item>
        {risk.status === 'closed' ? <Item label={label('closingReason')}>{risk.closingReason}</Item> : null}
        <Item label={i18n.t('workspaceRisks.editor.statement')}>{statement}</Item>
        <Item label={label('description')}>{risk.description}</Item>
        <Item label={label('category')}>{risk.category}</Item>
        <Item label={label('owner')}>{risk.owner?.name}</Item>
        <Item label={i18n.t('workspaceRisks.editor.inherent')}>
          <Rating risk={risk} basis="inherent" view={view} />
        </Item>
        <Item label={i18n.t('workspaceRisks.editor.residual')}>
          <Rating risk={risk} basis="residual" view={view} />
        </Item>
        <Item label={label('costImpact')}>
          {risk.costImpact === undefined ? undefined : formatMoney(risk.costImpact, view.settings.currency)}
        </Item>
        <Item label={label('proximity')}>{risk.proximity ? proximityLabel(risk.proximity) : undefined}</Item>
        <Item label={label('responseStrategy')}>
          {risk.responseStrategy ? strategyLabel(risk.responseStrategy) : undefined}
        </Item>
        <Item label={label('responseActions')}>{risk.responseActions}</Item>
        <Item label={label('triggers')}>{risk.triggers}</Item>
        <Item label={label('contingencyPlan')}>{risk.contingencyPlan}</Item>
        <Item label={label('reviewDate')}>{risk.reviewDate ? formatDay(risk.reviewDate) : undefined}</Item>
      </dl>
    </div>
  );
}
