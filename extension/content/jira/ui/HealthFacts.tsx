import { i18n } from '#i18n';
import { bandOfScore, type RiskMatrixSize } from '../../../../shared/risk-score';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import { describeGate, describeRag, describeSlip, formatDay, type Rag } from './describe-health';
import type { JiraContextAnswer } from './use-jira-context';

type JiraContext = NonNullable<JiraContextAnswer['context']>;

/** The project's RAG as a chip named in words; the reason on hover and for screen readers. */
export function RagChip({ rag, reason }: { rag: Rag | null; reason?: string }) {
  return (
    <span class={`pmo-rag chip--${rag ?? 'none'}`} data-testid="pmo-rag" data-rag={rag ?? 'none'} title={reason}>
      {describeRag(rag)}
      {reason ? <span class="visually-hidden">{`: ${reason}`}</span> : null}
    </span>
  );
}

/** The next milestone with its forecast date, and how overdue it is or its slip, in working days. */
export function NextMilestone({ milestone }: { milestone: JiraContext['nextMilestone'] }) {
  if (!milestone) {
    return (
      <p class="pmo-next" data-testid="pmo-next-milestone" data-slip-days="">
        {i18n.t('overlay.noMilestone')}
      </p>
    );
  }
  const slip = describeSlip(milestone.slipDays, milestone.overdueDays);
  const isLate = (milestone.slipDays ?? 0) > 0 || (milestone.overdueDays ?? 0) > 0;
  return (
    <p
      class="pmo-next"
      data-testid="pmo-next-milestone"
      data-slip-days={milestone.slipDays ?? ''}
      data-overdue-days={milestone.overdueDays ?? ''}
    >
      {i18n.t('overlay.nextMilestone', [milestone.title, formatDay(milestone.forecastDate)])}
      {slip ? <span class={isLate ? 'pmo-slip pmo-slip--late' : 'pmo-slip'}>{` (${slip})`}</span> : null}
    </p>
  );
}

/** A risk's score chip coloured by band, with the band named. */
export function RiskScore({ score, matrix }: { score: number; matrix: RiskMatrixSize }) {
  return <ScoreChip score={score} band={bandOfScore(score, matrix)} />;
}

/** The three highest-scored risks of the project. */
export function TopRisks({ risks, matrix }: { risks: JiraContext['topRisks']; matrix: RiskMatrixSize }) {
  if (risks.length === 0) return <p class="pmo-muted">{i18n.t('overlay.noRisks')}</p>;
  return (
    <ul class="pmo-list pmo-list--inline" aria-label={i18n.t('overlay.topRisks')}>
      {risks.map((risk) => (
        <li key={risk.id} data-testid="pmo-top-risk" class="pmo-risk">
          <RiskScore score={risk.score} matrix={matrix} />
          <span class="pmo-risk__title">{risk.title}</span>
        </li>
      ))}
    </ul>
  );
}

/** The gate waiting for a decision, or the next one. */
export function PendingGate({ gate }: { gate: JiraContext['pendingGate'] }) {
  if (!gate) return null;
  return (
    <p class="pmo-gate" data-testid="pmo-pending-gate" data-status={gate.status}>
      {describeGate(gate)}
    </p>
  );
}

/** A record's status in words; unknown statuses show as stored. */
export function describeStatus(status: string | undefined): string {
  switch (status) {
    case 'open':
    case 'mitigating':
    case 'closed':
    case 'occurred':
    case 'resolved':
    case 'done':
      return i18n.t(`overlay.status.${status}`);
    case 'in_progress':
      return i18n.t('overlay.status.inProgress');
    default:
      return status ?? '';
  }
}
