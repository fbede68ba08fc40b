import { i18n } from '#i18n';
import { describeStatus, RiskScore } from './HealthFacts';
import { OpenRecordLink } from './OpenWorkspaceButton';
import type { JiraContextAnswer } from './use-jira-context';

type JiraContext = NonNullable<JiraContextAnswer['context']>;

/** Risks raised from the issue, by score, and the issues, decisions and actions logged from it. */
export function IssueLinks({ context }: { context: JiraContext }) {
  const { linkedRisks, linkedRecords } = context;
  return (
    <section class="pmo-section">
      <h3 class="pmo-section__title">{i18n.t('overlay.linked.risksTitle')}</h3>
      {linkedRisks.length === 0 ? (
        <p class="pmo-muted">{i18n.t('overlay.linked.noRisks')}</p>
      ) : (
        <ul class="pmo-list">
          {linkedRisks.map((risk) => (
            <li key={risk.id} class="pmo-risk" data-testid="pmo-linked-risk" data-status={risk.status}>
              <RiskScore score={risk.score} matrix={context.riskMatrix} />
              <OpenRecordLink
                testId="pmo-open-risk"
                title={risk.title}
                route={{ projectId: context.project?.id, tab: 'risks', recordId: risk.id }}
              />
              <span class="pmo-muted">{describeStatus(risk.status)}</span>
            </li>
          ))}
        </ul>
      )}
      {linkedRecords.length > 0 ? (
        <>
          <h3 class="pmo-section__title">{i18n.t('overlay.linked.recordsTitle')}</h3>
          <ul class="pmo-list">
            {linkedRecords.map((record) => (
              <li key={record.id} class="pmo-record" data-testid="pmo-linked-record" data-kind={record.kind}>
                <span class="pmo-tag">{i18n.t(`overlay.kinds.${record.kind}`)}</span>
                <OpenRecordLink
                  testId="pmo-open-record"
                  title={record.title}
                  route={{ projectId: context.project?.id, tab: 'raid', recordId: record.id }}
                />
                {record.status ? <span class="pmo-muted">{describeStatus(record.status)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
