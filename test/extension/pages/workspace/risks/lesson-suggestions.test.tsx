import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';
import { openRisk, seedRisk, typeInto } from './risks-harness';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

const supplierLesson = {
  title: 'Supplier delivered the servers late',
  whatHappened: 'The hardware supplier shipped the servers three weeks after the agreed date.',
  recommendation: 'Put delivery dates and penalties in the purchase order.',
  tags: ['supplier'],
};
const sponsorLesson = {
  title: 'Kick-offs without a sponsor stall',
  whatHappened: 'Nobody could arbitrate the scope.',
  tags: ['governance'],
};

const suggestedTitles = () =>
  screen.queryAllByTestId('lesson-suggestion-open').map((link) => link.firstChild?.textContent ?? '');

describe('lessons that may apply to a new risk', () => {
  it('suggests a lesson as the PM types similar words, links to it, and lets it be dismissed', async () => {
    const h = await createWorkspaceHarness();
    const lessonId = await h.seed('lesson.create', supplierLesson);
    await h.seed('lesson.create', sponsorLesson);
    await h.render('risks');
    fireEvent.click(await screen.findByTestId('risks-new'));
    await screen.findByTestId('risk-editor');
    typeInto('risk-title', 'Office move disrupts the team');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(screen.queryByTestId('lesson-suggestions')).toBeNull();
    typeInto('risk-title', 'Supplier may deliver the servers late');
    typeInto('risk-cause', 'A single hardware supplier');
    await waitFor(() => expect(suggestedTitles()).toEqual(['Supplier delivered the servers late']));
    const item = screen.getByTestId('lesson-suggestion');
    expect(within(item).getByTestId('lesson-suggestion-shares').textContent).toBe(
      'Shares: supplier, deliver, servers, late, hardware',
    );
    const link = within(item).getByTestId('lesson-suggestion-open') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(new RegExp(`/admin\\.html#/lessons/${lessonId}$`));
    expect(link.getAttribute('target')).toBe('_blank');
    expect(item.textContent).toContain('Put delivery dates and penalties in the purchase order.');
    fireEvent.click(within(item).getByTestId('lesson-suggestion-dismiss'));
    expect(screen.queryByTestId('lesson-suggestions')).toBeNull();
  });

  it('suggests nothing when editing a risk already raised', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('lesson.create', supplierLesson);
    await seedRisk(h, { title: 'Supplier may deliver the servers late' });
    await h.render('risks');
    await openRisk('Supplier may deliver the servers late');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(screen.queryByTestId('lesson-suggestions-region')).toBeNull();
  });

  it('speaks French', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('lesson.create', { ...supplierLesson, title: 'Livraison du fournisseur en retard' });
    await serveLocale('fr');
    await h.render('risks');
    fireEvent.click(await screen.findByTestId('risks-new'));
    await screen.findByTestId('risk-editor');
    typeInto('risk-title', 'Le fournisseur risque de livrer en retard');
    expect(await screen.findByText('Leçons qui peuvent s’appliquer')).toBeTruthy();
    expect(screen.getByTestId('lesson-suggestion-shares').textContent).toBe('Mots communs : fournisseur, retard');
  });
});
