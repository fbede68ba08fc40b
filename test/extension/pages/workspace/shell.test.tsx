import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceHarness } from './workspace-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the workspace app shell', () => {
  it('opens the project and tab of the address, with a tab per view', async () => {
    const harness = await createWorkspaceHarness();
    await harness.render('risks');
    expect(screen.getByRole('tabpanel').dataset.tab).toBe('risks');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Overview',
      'Plan',
      'Risks',
      'RAID',
      'Resources',
      'Costs',
      'Status',
      'Gate',
    ]);
    expect(screen.getByTestId('tab-risks').getAttribute('aria-selected')).toBe('true');
    expect((screen.getByLabelText('Project') as HTMLSelectElement).value).toBe(harness.projectId);
  });

  it('moves between tabs by click, by arrow keys and by "g" then a letter, and keeps the address', async () => {
    const harness = await createWorkspaceHarness();
    await harness.render('overview');
    fireEvent.click(screen.getByTestId('tab-status'));
    await waitFor(() => expect(screen.getByRole('tabpanel').dataset.tab).toBe('status'));
    expect(location.hash).toBe(`#/projects/${harness.projectId}/status`);
    fireEvent.keyDown(screen.getByTestId('tab-status'), { key: 'ArrowLeft' });
    await waitFor(() => expect(screen.getByRole('tabpanel').dataset.tab).toBe('costs'));
    fireEvent.keyDown(document.body, { key: 'g' });
    fireEvent.keyDown(document.body, { key: 'r' });
    await waitFor(() => expect(screen.getByRole('tabpanel').dataset.tab).toBe('risks'));
  });

  it('shows the keyboard shortcuts on "?"', async () => {
    const harness = await createWorkspaceHarness();
    await harness.render('overview');
    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByTestId('shortcuts-help')).toBeTruthy();
  });
});
