import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthBanner } from '../../../extension/content/jira/ui/HealthBanner';
import { serveLocale } from '../serve-locale';
import {
  type ContextAnswer,
  createFakeBackground,
  createFakeJira,
  mappedContext,
  mappedProject,
  okAnswer,
  renderOverlay,
  unmappedContext,
} from './overlay-fakes';

afterEach(async () => {
  cleanup();
  await serveLocale('en');
});

function renderBanner(context: ContextAnswer) {
  const background = createFakeBackground({
    'jira.context': () => okAnswer(context),
    'popup.open': () => okAnswer(null),
  });
  renderOverlay(
    <HealthBanner projectKey="ACME" page="board" signal={new AbortController().signal} />,
    background.client,
    createFakeJira().client,
  );
  return background;
}

describe('the board health banner', () => {
  it('shows RAG, the top 3 risks by score, the next milestone with its slip and the pending gate', async () => {
    const background = renderBanner(mappedContext());

    const rag = await screen.findByTestId('pmo-rag');

    expect(background.sentOf('jira.context')[0].input).toEqual({ jiraProjectKey: 'ACME' });
    expect(screen.getByTestId('pmo-banner').dataset.projectKey).toBe('ACME');
    expect(rag.dataset.rag).toBe('amber');
    expect(rag.getAttribute('title')).toBe('A mandatory milestone slips by 4 working days.');
    expect(screen.getAllByTestId('pmo-top-risk').map((risk) => risk.textContent)).toEqual([
      expect.stringContaining('Payment provider late'),
      expect.stringContaining('Key user leaves'),
      expect.stringContaining('Budget cut'),
    ]);
    expect(screen.getByTestId('pmo-next-milestone').dataset.slipDays).toBe('4');
    expect(screen.getByTestId('pmo-pending-gate').dataset.status).toBe('requested');
  });

  it('opens the mapped project in the workspace app', async () => {
    const background = renderBanner(mappedContext());

    fireEvent.click(await screen.findByTestId('pmo-open-workspace'));

    await waitFor(() =>
      expect(background.sentOf('workspace.open').map((sent) => sent.input)).toEqual([
        { projectId: mappedProject.id, tab: 'overview' },
      ]),
    );
  });

  it('says when the project is on time or early, and when nothing is planned', async () => {
    renderBanner(
      mappedContext({
        nextMilestone: { id: 'm1', title: 'Pilot', forecastDate: '2026-05-04', slipDays: -2, overdueDays: null },
        pendingGate: null,
        topRisks: [],
      }),
    );

    expect((await screen.findByTestId('pmo-next-milestone')).textContent).toContain('2 working days early');
    expect(screen.queryByTestId('pmo-pending-gate')).toBeNull();
    expect(screen.getByText('No open risks.')).toBeTruthy();
  });

  it('says a milestone whose forecast has passed is overdue and by how much, never "on time"', async () => {
    renderBanner(
      mappedContext({
        nextMilestone: {
          id: 'm1',
          title: 'Data migrated',
          forecastDate: '2025-06-02',
          slipDays: 201,
          overdueDays: 201,
        },
      }),
    );

    const next = await screen.findByTestId('pmo-next-milestone');
    expect(next.textContent).toContain('overdue by 201 working days');
    expect(next.textContent).not.toContain('on time');
    expect(next.dataset.overdueDays).toBe('201');
    expect(next.querySelector('.pmo-slip--late')).not.toBeNull();
  });

  it('offers to map the project instead of health figures when it is not mapped', async () => {
    renderBanner(unmappedContext());

    await screen.findByTestId('pmo-project-map-select');

    expect(screen.queryByTestId('pmo-rag')).toBeNull();
    expect(screen.queryByTestId('pmo-import-open')).toBeNull();
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    renderBanner(mappedContext());

    expect((await screen.findByTestId('pmo-rag')).textContent).toContain('Orange');
    expect(screen.getByTestId('pmo-next-milestone').textContent).toContain('4 jours ouvrés de retard');
    expect(screen.getByTestId('pmo-open-workspace').textContent).toBe("Ouvrir l'espace de travail");
  });
});
