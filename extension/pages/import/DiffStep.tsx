import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MutationName } from '../../../shared/mutations/registry';
import type { CreatedEntry, ImportDiff, PlannedImportMutation } from '../../../shared/tabular/index';
import { DiffList } from './DiffList';
import { describeChange } from './describe-change';
import { entityLabel } from './entity-labels';
import { ProgressNote } from './ProgressNote';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';

type ApplyState = { status: 'idle' } | { status: 'applying'; count: number } | { status: 'failed'; message: string };

interface DiffStepProps {
  /** Null while the workspace's records are being read. */
  diff: ImportDiff | null;
  plan(diff: ImportDiff): PlannedImportMutation[];
  /** Sends the mutations; answers an error message or null. */
  apply(mutations: PlannedImportMutation[]): Promise<string | null>;
  onBack(): void;
}

/** Step 6: exact counts of new, changed, unchanged and missing records, the changes field by field, then apply. */
export function DiffStep({ diff, plan, apply, onBack }: DiffStepProps) {
  const [state, setState] = useState<ApplyState>({ status: 'idle' });
  const mutations = useMemo(() => (diff ? plan(diff) : []), [diff, plan]);
  const isApplying = state.status === 'applying';

  async function applyImport() {
    if (isApplying || mutations.length === 0) return;
    setState({ status: 'applying', count: mutations.length });
    const error = await apply(mutations);
    // On success the wizard moves on to the result; this step is gone.
    if (error) setState({ status: 'failed', message: error });
  }

  return (
    <section class="import-step" aria-labelledby="import-diff-title" aria-busy={isApplying}>
      <StepHeading id="import-diff-title">{i18n.t('import.diff.title')}</StepHeading>
      <p class="muted">{i18n.t('import.diff.intro')}</p>
      {diff ? (
        <div class="import-diff">
          <DiffList
            testId="import-diff-created"
            summary={i18n.t('import.diff.created', diff.created.length)}
            items={diff.created}
            renderItem={(item: CreatedEntry) => (
              <>
                <span>{i18n.t('import.diff.item', [String(item.line), entityLabel(item.entity), item.title])}</span>
                {item.notApplied ? (
                  <ul class="import-diff__changes">
                    {item.notApplied.map((change) => (
                      <li key={change.field}>{describeChange(change)}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          />
          <DiffList
            testId="import-diff-changed"
            summary={i18n.t('import.diff.changed', diff.changed.length)}
            items={diff.changed}
            renderItem={(item) => (
              <>
                <span>{i18n.t('import.diff.item', [String(item.line), entityLabel(item.entity), item.title])}</span>
                <ul class="import-diff__changes">
                  {item.changes.map((change) => (
                    <li key={change.field} data-testid="import-diff-change">
                      {describeChange(change)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          />
          <DiffList
            testId="import-diff-unchanged"
            summary={i18n.t('import.diff.unchanged', diff.unchanged.length)}
            items={diff.unchanged}
            renderItem={(item) => i18n.t('import.diff.item', [String(item.line), entityLabel(item.entity), item.title])}
          />
          <DiffList
            testId="import-diff-missing"
            summary={i18n.t('import.diff.missing', diff.missing.length)}
            items={diff.missing}
            renderItem={(item) => i18n.t('import.diff.missingItem', [entityLabel(item.entity), item.title])}
          />
        </div>
      ) : (
        <ProgressNote testId="import-diff-comparing" text={i18n.t('import.diff.comparing')} />
      )}
      {diff && mutations.length === 0 ? (
        <p class="form-success" data-testid="import-nothing">
          {i18n.t('import.diff.nothingToApply')}
        </p>
      ) : null}
      {state.status === 'applying' ? (
        <ProgressNote testId="import-applying" text={i18n.t('import.diff.applying', state.count)} />
      ) : null}
      {state.status === 'failed' ? (
        <p class="form-error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      ) : null}
      <StepActions onBack={isApplying ? undefined : onBack}>
        <button
          type="button"
          class="button button--primary"
          data-testid="import-apply"
          disabled={!diff || isApplying || mutations.length === 0}
          onClick={() => void applyImport()}
        >
          {i18n.t('import.diff.apply')}
        </button>
      </StepActions>
    </section>
  );
}

/** The planned mutations as the `import.apply` message carries them. */
export function toMessageMutations(mutations: readonly PlannedImportMutation[]) {
  return mutations.map((mutation) => ({
    name: mutation.name as MutationName,
    args: mutation.args,
    ...(mutation.line === undefined ? {} : { line: mutation.line }),
  }));
}
