import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { computeWeightedGateScore } from '../../../../../shared/methodology/gate-score';
import { serveLocale } from '../../../serve-locale';
import { createGateHarness, renderAsMember } from './gate-harness';

const hostile = '<img src=x onerror=alert(1)>';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

const stepStatuses = () => screen.getAllByTestId('gate-step').map((step) => step.getAttribute('data-status'));
const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));

describe('the Gate tab', () => {
  it('shows the phases as a stepper, the current one marked, and the next gate with its criteria', async () => {
    const harness = await createGateHarness();
    await harness.render('gate');
    await waitFor(() => expect(stepStatuses()).toEqual(['current', 'upcoming', 'upcoming', 'upcoming']));
    expect(screen.getAllByTestId('gate-step')[0].getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('gate-current-phase').textContent).toBe('The project is in the Initiate phase.');
    expect(screen.getByTestId('gate-next').querySelector('h3')?.textContent).toBe(
      `Next gate: ${harness.plan.gate?.name}, into Plan`,
    );
    const checklist = within(screen.getByTestId('gate-must-meet'));
    expect(checklist.getAllByTestId('gate-criterion').map((item) => item.querySelector('label')?.textContent)).toEqual(
      harness.plan.gate?.mustMeet.map((criterion) => criterion.text),
    );
    expect(
      within(screen.getByTestId('gate-artifacts'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(harness.plan.requiredArtifacts);
    expect(screen.getByTestId('gate-history-empty')).toBeTruthy();
  });

  it('computes the weighted should-meet score with the shared function as scores are given', async () => {
    const harness = await createGateHarness();
    await harness.render('gate');
    await screen.findByTestId('gate-should-meet');
    expect(screen.getByTestId('gate-score-value').textContent).toBe('0.0');
    expect(screen.getByTestId('gate-score-verdict').textContent).toBe('below the pass score');
    // Weights 3, 2, 2, 1: scores 4, 3, 3, 2 → (12 + 6 + 6 + 2) / 8 = 3.25.
    const picks = [4, 3, 3, 2];
    for (const [index, score] of picks.entries()) click(`gate-score-${index}-${score}`);
    const gate = harness.plan.gate;
    const expected = computeWeightedGateScore(
      gate,
      (gate?.shouldMeet ?? []).map((criterion, index) => ({ criterionId: criterion.id, score: picks[index] })),
    );
    expect(expected.score).toBeCloseTo(3.25, 10);
    await waitFor(() => expect(screen.getByTestId('gate-score-value').textContent).toBe('3.3'));
    expect(screen.getByTestId('gate-score-verdict').textContent).toBe('reaches the pass score');
    expect(screen.getByTestId('gate-score').querySelector('svg')).toBeTruthy();
    expect(screen.getByTestId('gate-score').querySelector('table')?.textContent).toContain('3.3');
  });

  it('refuses a javascript: evidence link, and shows a web address as a text link opening in a new tab', async () => {
    const harness = await createGateHarness();
    await harness.render('gate');
    const input = (await screen.findByTestId('gate-evidence-input')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    click('gate-evidence-add');
    expect(screen.getByTestId('gate-evidence-error').textContent).toContain('neither a web address');
    expect(screen.queryAllByTestId('gate-evidence-link')).toEqual([]);
    fireEvent.input(input, { target: { value: 'https://intranet.example/charter.pdf' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.input(input, { target: { value: 'crm-42' } });
    click('gate-evidence-add');
    const links = screen.getAllByTestId('gate-evidence-link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringContaining('https://intranet.example/charter.pdf'),
      expect.stringContaining('CRM-42'),
    ]);
    const anchor = links[0].querySelector('a');
    expect(anchor?.getAttribute('href')).toBe('https://intranet.example/charter.pdf');
    expect(anchor?.getAttribute('target')).toBe('_blank');
    expect(anchor?.getAttribute('rel')).toContain('noopener');
    expect(links[1].querySelector('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says which must-meet criteria are unmet before the click, shows the refusal naming them, then records the request', async () => {
    const harness = await createGateHarness();
    await harness.render('gate');
    const [first, second, third] = harness.plan.gate?.mustMeet ?? [];
    click('gate-met-0');
    click('gate-met-1');
    await waitFor(() =>
      expect(screen.getByTestId('gate-unmet').textContent).toBe(
        `Not met yet: “${third.text}”. The request will be refused until it is.`,
      ),
    );
    click('gate-request');
    const refusal = await screen.findByTestId('gate-request-error');
    expect(refusal.textContent).toContain(third.text);
    expect(refusal.textContent).not.toContain(first.text);
    expect(refusal.textContent).not.toContain(second.text);
    expect(screen.queryByTestId('gate-current-review')).toBeNull();

    click('gate-met-2');
    fireEvent.input(screen.getByTestId('gate-note-2'), { target: { value: 'Portfolio board of 3 Dec' } });
    await waitFor(() => expect(screen.queryByTestId('gate-unmet')).toBeNull());
    click('gate-request');
    const waiting = await screen.findByTestId('gate-current-review');
    expect(waiting.getAttribute('data-state')).toBe('waiting');
    expect(screen.getByTestId('gate-current-review-requested').textContent).toContain('Requested by Olivia Owner');
    expect(screen.getByTestId('gate-current-review-waiting').textContent).toBe("Waiting for the PMO's decision.");
    expect(screen.queryByTestId('gate-form')).toBeNull();
    expect(waiting.textContent).toContain('Portfolio board of 3 Dec');
    expect(screen.getAllByTestId('gate-history-row')).toHaveLength(1);
  });

  it('shows a go as the project entering the next phase, the decision with its conditions a click away', async () => {
    const harness = await createGateHarness();
    const reviewId = await harness.requestGate({ evidenceLinks: ['https://intranet.example/business-case.pdf'] });
    // gate.decide moves the project on a go, in the same mutation (docs/domain.md "Gate decision").
    await harness.seed('gate.decide', {
      id: reviewId,
      decision: 'go',
      conditions: 'Re-baseline after the supplier confirms.',
    });
    await harness.render('gate');
    await waitFor(() => expect(stepStatuses()).toEqual(['done', 'current', 'upcoming', 'upcoming']));
    expect(screen.getByTestId('gate-current-phase').textContent).toBe('The project is in the Plan phase.');
    expect(screen.getByTestId('gate-entered').textContent).toContain('Entered Plan through an approved gate.');
    // The next gate (into Execute) is open for a new request; nothing is left to move by hand.
    expect(screen.getByTestId('gate-next').querySelector('h3')?.textContent).toContain('into Execute');
    expect(screen.getByTestId('gate-form')).toBeTruthy();
    expect(screen.queryByTestId('gate-change-phase')).toBeNull();
    expect(screen.getAllByTestId('gate-history-row')).toHaveLength(1);
  });

  it('offers a new request after a hold, starting from the answers sent back', async () => {
    const harness = await createGateHarness();
    const reviewId = await harness.requestGate();
    await harness.seed('gate.decide', {
      id: reviewId,
      decision: 'hold',
      conditions: 'Wait for the budget round.',
      reason: 'Funding is not confirmed.',
    });
    await harness.render('gate');
    expect((await screen.findByTestId('gate-current-review')).getAttribute('data-state')).toBe('hold');
    expect((screen.getByTestId('gate-met-0') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('gate-change-phase')).toBeNull();
  });

  it('opens a gate review of the history in a dialog from its address, and Esc closes it', async () => {
    const harness = await createGateHarness();
    const reviewId = await harness.requestGate();
    await harness.render('gate', reviewId);
    const dialog = await screen.findByTestId('gate-review-dialog');
    expect(within(dialog).getByTestId('gate-dialog-review-waiting')).toBeTruthy();
    fireEvent(dialog, new Event('cancel'));
    await waitFor(() => expect(screen.queryByTestId('gate-review-dialog')).toBeNull());
    expect(location.hash).not.toContain(reviewId);
    click('gate-history-open');
    expect(await screen.findByTestId('gate-review-dialog')).toBeTruthy();
  });

  it('shows a viewer the criteria of the next gate, with no control that would be refused', async () => {
    const harness = await createGateHarness();
    await harness.render('gate');
    cleanup();
    await renderAsMember(harness, 'viewer');
    expect(screen.getByTestId('gate-read-only')).toBeTruthy();
    expect(screen.getByTestId('gate-criteria').textContent).toContain(harness.plan.gate?.mustMeet[0].text);
    expect(screen.queryByTestId('gate-form')).toBeNull();
    expect(screen.queryByTestId('gate-request')).toBeNull();
    expect(screen.getByRole('tabpanel').querySelectorAll('input, textarea, select')).toHaveLength(0);
  });

  it('shows a pmo the request waiting after sync, by the project manager', async () => {
    const harness = await createGateHarness();
    await harness.seed('project.update', {
      id: harness.projectId,
      patch: { managerId: harness.member.id, managerName: harness.member.name },
    });
    await harness.requestGate();
    await renderAsMember(harness, 'pmo', 'Paula PMO');
    expect((await screen.findByTestId('gate-current-review')).getAttribute('data-state')).toBe('waiting');
    expect(screen.getByTestId('gate-current-review-requested').textContent).toContain('Requested by Olivia Owner');
    // Deciding is the PMO's, on the dashboard: the PM's form is not offered while the request waits.
    expect(screen.queryByTestId('gate-form')).toBeNull();
  });

  it('renders hostile text from the template as text only', async () => {
    const harness = await createGateHarness((template) => {
      const gate = template.phases[1].gate;
      if (gate) gate.mustMeet[0].text = hostile;
      template.phases[1].requiredArtifacts = [hostile];
    });
    await harness.render('gate');
    await screen.findByTestId('gate-must-meet');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThanOrEqual(2);
  });

  it('says so when the project follows no method', async () => {
    const harness = await createGateHarness();
    await harness.seed('project.update', { id: harness.projectId, patch: { templateId: null, currentPhaseId: null } });
    await harness.render('gate');
    expect((await screen.findByTestId('gate-no-method')).textContent).toContain('This project follows no method');
  });

  it('speaks French: labels, the unmet criteria named before the click, and the refusal', async () => {
    await serveLocale('fr');
    const harness = await createGateHarness();
    await harness.render('gate');
    expect((await screen.findByTestId('gate-current-phase')).textContent).toBe('Le projet est dans la phase Initiate.');
    expect(screen.getByTestId('gate-must-meet').querySelector('legend')?.textContent).toBe('Critères obligatoires');
    expect(screen.getByTestId('gate-request').textContent).toBe('Demander la revue de jalon');
    expect(screen.getByTestId('gate-unmet').textContent).toContain('Pas encore remplis : « ');
    click('gate-request');
    const refusal = await screen.findByTestId('gate-request-error');
    expect(refusal.textContent).toContain(harness.plan.gate?.mustMeet[0].text);
    expect(refusal.textContent).not.toMatch(/not met/i);
  });
});
