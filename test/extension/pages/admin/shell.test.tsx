import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAdminRoute } from '../../../../extension/messaging/admin-route';
import { createAdminHarness } from './admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the administration page', () => {
  it('reads its address, falling back to the members for anything unknown', () => {
    expect(parseAdminRoute('#/method/00000000-0000-4000-8000-000000000001')).toEqual({
      section: 'method',
      recordId: '00000000-0000-4000-8000-000000000001',
    });
    expect(parseAdminRoute('#/settings/not-an-id')).toEqual({ section: 'settings' });
    expect(parseAdminRoute('#/<script>')).toEqual({ section: 'members' });
  });

  it('opens at the section in the address and moves between sections, the current one marked', async () => {
    const harness = await createAdminHarness();
    await harness.renderAdmin('settings');
    expect(screen.getByTestId('admin-nav-settings').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Settings');
    fireEvent.click(screen.getByTestId('admin-nav-method'));
    expect(location.hash).toBe('#/method');
    expect(screen.getByTestId('admin-nav-method').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('admin-nav-settings').getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Method');
  });
});
