import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { listRecords } from '../../../../../extension/db/read-records';
import type { WorkspaceSettings } from '../../../../../shared/schemas/workspace-settings';
import { renderAdminAs } from '../admin-as-member';
import { createAdminHarness } from '../admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

async function readSettings(harness: Awaited<ReturnType<typeof createAdminHarness>>) {
  const records = await listRecords<WorkspaceSettings>(harness.db, harness.workspaceId, 'settings');
  return records[0] as WorkspaceSettings | undefined;
}

describe('the settings section', () => {
  it('starts from the defaults and creates the settings on the first save', async () => {
    const harness = await createAdminHarness();
    await harness.renderAdmin('settings');
    await screen.findByTestId('settings-defaults-note');
    const slip = screen.getByTestId('settings-ragThresholds-amberSlipDays') as HTMLInputElement;
    expect(slip.value).toBe('15');
    fireEvent.input(slip, { target: { value: '25' } });
    fireEvent.click(screen.getByTestId('settings-rule-milestone-overdue-enabled'));
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(async () => expect((await readSettings(harness))?.ragThresholds.amberSlipDays).toBe(25));
    const saved = await readSettings(harness);
    expect(saved?.healthRules['milestone-overdue']).toEqual({ enabled: false });
    expect(saved?.currency).toBe('EUR');
    await waitFor(() => expect(screen.queryByTestId('settings-defaults-note')).toBeNull());
  });

  it('names a value the schema refuses beside its field, and saves nothing', async () => {
    const harness = await createAdminHarness();
    await harness.renderAdmin('settings');
    const amber = await screen.findByTestId('settings-ragThresholds-amberIndex');
    fireEvent.input(amber, { target: { value: '0.99' } });
    fireEvent.input(screen.getByTestId('settings-currency'), { target: { value: 'EU' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(screen.getByTestId('settings-ragThresholds-amberIndex-error').textContent).toBe(
      'The amber bound must not be above the green bound.',
    );
    expect(document.activeElement).toBe(amber);
    expect(screen.getByText('Use a three-letter ISO 4217 code, such as EUR.')).toBeTruthy();
    expect(await readSettings(harness)).toBeUndefined();
  });

  it('edits saved settings with the values it saw, and restores the defaults on demand', async () => {
    const harness = await createAdminHarness();
    await harness.seed('settings.create', { currency: 'GBP', reportingCycleDays: 7 });
    await harness.renderAdmin('settings');
    await waitFor(() => expect((screen.getByTestId('settings-currency') as HTMLInputElement).value).toBe('GBP'));
    fireEvent.click(screen.getByTestId('settings-day-6'));
    fireEvent.input(screen.getByTestId('settings-holiday-new'), { target: { value: '2026-12-25' } });
    fireEvent.click(screen.getByTestId('settings-holiday-add'));
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(async () => expect((await readSettings(harness))?.workingDays).toEqual([1, 2, 3, 4, 5, 6]));
    expect((await readSettings(harness))?.holidays).toEqual(['2026-12-25']);
    fireEvent.click(screen.getByTestId('settings-restore'));
    expect((screen.getByTestId('settings-currency') as HTMLInputElement).value).toBe('EUR');
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(async () => expect((await readSettings(harness))?.currency).toBe('EUR'));
    expect((await readSettings(harness))?.reportingCycleDays).toBe(14);
  });

  it('shows a pm the settings to read, with no button that would be refused', async () => {
    const harness = await createAdminHarness();
    await renderAdminAs(harness, 'pm', 'settings');
    await screen.findByTestId('settings-read-only');
    const section = document.querySelector('.admin__section') as HTMLElement;
    expect(section.querySelectorAll('button')).toHaveLength(0);
    expect(screen.queryByTestId('settings-actions')).toBeNull();
    expect((screen.getByTestId('settings-ragThresholds-amberSlipDays') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByTestId('settings-rule-milestone-overdue-enabled') as HTMLInputElement).disabled).toBe(true);
  });
});
