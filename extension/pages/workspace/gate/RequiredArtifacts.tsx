import { i18n } from '#i18n';

/** What the gate looks at: the artifacts the phase requires, as the template lists them. */
export function RequiredArtifacts({ artifacts }: { artifacts: readonly string[] }) {
  if (artifacts.length === 0) return null;
  return (
    <section class="gate-section" aria-labelledby="gate-artifacts-title" data-testid="gate-artifacts">
      <h4 id="gate-artifacts-title" class="gate-section__title">
        {i18n.t('workspaceGate.artifacts.title')}
      </h4>
      <ul class="gate-artifacts">
        {artifacts.map((artifact) => (
          <li key={artifact}>{artifact}</li>
        ))}
      </ul>
    </section>
  );
}
