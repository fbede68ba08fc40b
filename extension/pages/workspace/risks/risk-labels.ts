import { i18n } from '#i18n';
import type { RatingBasis } from '../../../../shared/analytics/risk/risk-rating';
import type { RiskBand } from '../../../../shared/risk-score';
import type { Risk } from '../../../../shared/schemas/risk';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';

/** The words of the Risks tab for the values a risk holds; every one a catalog key (extension/locales). */
export const statusLabel = (status: Risk['status']) => i18n.t(`workspaceRisks.status.${status}` as const);
export const proximityLabel = (proximity: NonNullable<Risk['proximity']>) =>
  i18n.t(`workspaceRisks.proximity.${proximity}` as const);
export const kindLabel = (kind: Risk['kind']) => i18n.t(`workspaceRisks.kind.${kind}` as const);
export const strategyLabel = (strategy: NonNullable<Risk['responseStrategy']>) =>
  i18n.t(`workspaceRisks.strategy.${strategy}` as const);
export const bandLabel = (band: RiskBand) => i18n.t(`bands.${band}` as const);
export const basisLabel = (basis: RatingBasis) => i18n.t(`workspaceRisks.heatMap.${basis}` as const);

/** The fields the editor names (a conflict, an error); what it does not know is shown as stored. */
const fieldKeys = [
  'title',
  'kind',
  'cause',
  'event',
  'effect',
  'description',
  'category',
  'owner',
  'probability',
  'impact',
  'residualProbability',
  'residualImpact',
  'proximity',
  'responseStrategy',
  'responseActions',
  'triggers',
  'contingencyPlan',
  'reviewDate',
  'status',
  'closingReason',
] as const;
type LabelledField = (typeof fieldKeys)[number] | 'costImpact';

/** "Probability", "Cost impact (EUR)": a field of a risk as the editor labels it. */
export function fieldLabel(field: string, currency: string): string {
  if (field === 'costImpact') return i18n.t('workspaceRisks.editor.fields.costImpact', [currency]);
  if ((fieldKeys as readonly string[]).includes(field)) {
    return i18n.t(`workspaceRisks.editor.fields.${field as Exclude<LabelledField, 'costImpact'>}` as const);
  }
  return field;
}

type RiskMatrix = WorkspaceSettingsFields['riskMatrix'];
const defaultMatrix = defaultWorkspaceSettings.riskMatrix;

/**
 * The name of a rating on the workspace's matrix. The stored default labels are English, so an
 * untouched default matrix speaks the reader's language through the catalog (as the capture form
 * does); labels a PMO wrote are shown as written.
 */
export function ratingLabel(axis: 'probability' | 'impact', rating: number, matrix: RiskMatrix): string {
  const labels = axis === 'probability' ? matrix.probabilityLabels : matrix.impactLabels;
  const defaults = axis === 'probability' ? defaultMatrix.probabilityLabels : defaultMatrix.impactLabels;
  const isDefault = labels.length === defaults.length && labels.every((label, index) => label === defaults[index]);
  if (isDefault && rating >= 1 && rating <= 5) {
    return i18n.t(`ratings.${axis}.level${rating as 1 | 2 | 3 | 4 | 5}` as const);
  }
  return labels[rating - 1] ?? String(rating);
}
