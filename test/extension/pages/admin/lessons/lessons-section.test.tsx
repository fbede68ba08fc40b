import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../../../shared/schemas/lesson';
import { serveLocale } from '../../../serve-locale';
import { readRecord } from '../../workspace/risks/risks-harness';
import { renderAdminAs } from '../admin-as-member';
import { createAdminHarness } from '../admin-harness';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

type AdminHarness = Awaited<ReturnType<typeof createAdminHarness>>;

const supplierLesson = (h: AdminHarness) => ({
  projectId: h.projectId,
  title: 'Supplier delivered the servers late',
  whatHappened: 'The servers came three weeks after the agreed date.',
  recommendation: 'Put delivery dates and penalties in the purchase order.',
  tags: ['supplier', 'procurement'],
  category: 'schedule',
});
const sponsorLesson = {
  title: 'Kick-offs without a sponsor stall',
  whatHappened: 'Nobody could arbitrate the scope.',
  tags: ['governance'],
  category: 'stakeholders',
};

const titles = () => screen.queryAllByTestId('lesson-title').map((title) => title.textContent);
const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });
const choose = (testId: string, value: string) => {
  const select = screen.getByTestId(testId) as HTMLSelectElement;
  select.value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
};

describe('the lessons learned section', () => {
  it('records a tagged lesson under a project, says what is missing first, and opens it at its address', async () => {
    const h = await createAdminHarness();
    await h.renderAdmin('lessons');
    expect(await screen.findByTestId('lessons-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('lesson-new'));
    type('lesson-tags-input', 'Supplier, late/early');
    fireEvent.click(screen.getByTestId('lesson-save'));
    expect((await screen.findByTestId('lesson-title-error')).textContent).toBe('Give the lesson a short title.');
    expect(screen.getByTestId('lesson-whatHappened-error').textContent).toBe(
      'Say what happened, so the next PM recognises the situation.',
    );
    expect(screen.getByTestId('lesson-tags-error').textContent).toBe(
      '“late/early” is not a tag: use one word of letters and digits (join words with hyphens).',
    );
    expect(document.activeElement?.id).toBe('lesson-title');
    type('lesson-title-input', 'Supplier delivered the servers late');
    type('lesson-what-happened-input', 'The servers came three weeks after the agreed date.');
    type('lesson-recommendation-input', 'Put delivery dates in the purchase order.');
    type('lesson-tags-input', 'Supplier, Delivery Date, supplier');
    choose('lesson-project', h.projectId);
    choose('lesson-category-input', 'schedule');
    fireEvent.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(location.hash).toMatch(/^#\/lessons\/[0-9a-f-]{36}$/));
    const id = location.hash.split('/').at(-1) as string;
    expect(await readRecord<Lesson>(h, 'lesson', id)).toMatchObject({
      projectId: h.projectId,
      title: 'Supplier delivered the servers late',
      tags: ['supplier', 'delivery-date'],
      category: 'schedule',
    });
    const card = await screen.findByTestId('lesson-card');
    expect(within(card).getByTestId('lesson-place').textContent).toBe('CRM · CRM rollout');
    expect(within(card).getByTestId('lesson-category').textContent).toBe('Schedule');
    expect(within(card).getByTestId('lesson-tags').textContent).toBe('supplierdelivery-date');
  });

  it('searches words and filters by tag, project and category, and says when nothing matches', async () => {
    const h = await createAdminHarness();
    await h.seed('lesson.create', supplierLesson(h));
    await h.seed('lesson.create', sponsorLesson);
    await h.renderAdmin('lessons');
    await waitFor(() => expect(titles()).toHaveLength(2));
    type('lessons-search', 'PURCHASE order');
    expect(titles()).toEqual(['Supplier delivered the servers late']);
    type('lessons-search', '');
    fireEvent.click(screen.getByTestId('lessons-tag-governance'));
    expect(screen.getByTestId('lessons-tag-governance').getAttribute('aria-pressed')).toBe('true');
    expect(titles()).toEqual(['Kick-offs without a sponsor stall']);
    fireEvent.click(screen.getByTestId('lessons-tag-governance'));
    choose('lessons-project', 'workspace');
    expect(titles()).toEqual(['Kick-offs without a sponsor stall']);
    choose('lessons-project', h.projectId);
    expect(titles()).toEqual(['Supplier delivered the servers late']);
    choose('lessons-category', 'stakeholders');
    expect(screen.getByTestId('lessons-no-match').textContent).toBe('No lesson matches these filters.');
    expect(screen.getByTestId('lessons-count').textContent).toContain('0 of 2 lessons');
    fireEvent.click(screen.getByTestId('lessons-clear'));
    expect(titles()).toHaveLength(2);
  });

  it('edits and deletes a lesson, asking first', async () => {
    const h = await createAdminHarness();
    const id = await h.seed('lesson.create', sponsorLesson);
    await h.renderAdmin('lessons', id);
    fireEvent.click(await screen.findByTestId('lesson-edit'));
    type('lesson-title-input', 'Kick-offs without a sponsor drift');
    fireEvent.click(screen.getByTestId('lesson-save'));
    await waitFor(() =>
      expect(screen.getByTestId('lesson-title').textContent).toBe('Kick-offs without a sponsor drift'),
    );
    fireEvent.click(screen.getByTestId('lesson-edit'));
    fireEvent.click(screen.getByTestId('lesson-delete'));
    const dialog = await screen.findByTestId('lesson-delete-dialog');
    expect(dialog.textContent).toContain('Delete the lesson “Kick-offs without a sponsor drift”?');
    fireEvent.click(within(dialog).getByTestId('lesson-delete-confirm'));
    expect(await screen.findByTestId('lessons-empty')).toBeTruthy();
    expect(location.hash).toBe('#/lessons');
  });

  it('lets a viewer read and search, with no control that would be refused', async () => {
    const h = await createAdminHarness();
    const id = await h.seed('lesson.create', { ...sponsorLesson, title: '<img src=x onerror="window.__pwned=1">' });
    await renderAdminAs(h, 'viewer', 'lessons');
    expect(await screen.findByTestId('lessons-read-only')).toBeTruthy();
    expect(screen.queryByTestId('lesson-new')).toBeNull();
    expect(titles()).toEqual(['<img src=x onerror="window.__pwned=1">']);
    expect(document.querySelector('.lessons img')).toBeNull();
    fireEvent.click(screen.getByTestId('lesson-open'));
    await waitFor(() => expect(location.hash).toBe(`#/lessons/${id}`));
    expect(screen.queryByTestId('lesson-edit')).toBeNull();
  });

  it("lets a contributor record a lesson but not edit the PMO's", async () => {
    const h = await createAdminHarness();
    const id = await h.seed('lesson.create', sponsorLesson);
    await renderAdminAs(h, 'contributor', 'lessons', id);
    await screen.findByTestId('lesson-card');
    expect(screen.queryByTestId('lesson-edit')).toBeNull();
    fireEvent.click(screen.getByTestId('lesson-back'));
    expect(await screen.findByTestId('lesson-new')).toBeTruthy();
  });

  it('speaks French', async () => {
    const h = await createAdminHarness();
    await h.seed('lesson.create', sponsorLesson);
    await serveLocale('fr');
    await h.renderAdmin('lessons');
    expect((await screen.findByTestId('admin-nav-lessons')).textContent).toBe('Leçons apprises');
    expect((await screen.findByTestId('lesson-category')).textContent).toBe('Parties prenantes');
    expect(screen.getByTestId('lesson-new').textContent).toBe('Enregistrer une leçon');
  });
});
