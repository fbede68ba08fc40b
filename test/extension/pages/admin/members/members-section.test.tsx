import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../../shared/schemas/common';
import { createAdminHarness } from '../admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** The administration page at #/members, with a pm and a viewer besides the owner, seen as `as`. */
async function openMembers(as: Role = 'owner') {
  const harness = await createAdminHarness();
  const { server, workspaceId } = harness;
  const pm = server.addMember(workspaceId, { name: 'Paula Martin', email: 'paula@acme.example', role: 'pm' });
  const viewer = server.addMember(workspaceId, { name: 'Victor Viewer', email: 'victor@acme.example', role: 'viewer' });
  if (as !== 'owner') {
    const me = server.addMember(workspaceId, { name: `Sam ${as}`, email: `${as}@acme.example`, role: as });
    await harness.send('workspace.connectWithToken', { serverUrl: server.url, token: me.token });
  }
  await harness.renderAdmin('members');
  await screen.findByTestId('members-table');
  return { ...harness, pm, viewer };
}

/** Picks an option as the browser does (happy-dom drops fireEvent.change's event on a select: risks-harness.tsx). */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

const rowOf = (email: string) => {
  const row = screen.getAllByTestId('member-row').find((element) => element.dataset.memberEmail === email);
  if (!row) throw new Error(`no row for ${email}`);
  return row;
};

describe('members section: an owner', () => {
  it('lists members with role, last seen and projects managed in a real table', async () => {
    await openMembers();
    const table = screen.getByTestId('members-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Member', 'Role', 'Last seen', 'Projects managed', 'Actions']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
    const owner = rowOf('olivia@example.com');
    expect(owner.textContent).toContain('you');
    // The harness's project has no manager: nobody manages a project yet.
    expect(within(owner).getByTestId('member-projects').textContent).toBe('0');
    // The last owner: no role choice, no removal, and why, before any click.
    expect(within(owner).queryByTestId('member-role')).toBeNull();
    expect(within(owner).queryByTestId('member-remove')).toBeNull();
    expect(owner.textContent).toContain('The last owner keeps this role');
    expect(within(rowOf('paula@acme.example')).getByTestId('member-role')).toBeDefined();
  });

  it('counts the projects a member manages from the synced projects', async () => {
    const harness = await openMembers();
    await harness.seed('project.update', { id: harness.projectId, patch: { managerId: harness.pm.member.id } });
    await waitFor(() =>
      expect(within(rowOf('paula@acme.example')).getByTestId('member-projects').textContent).toBe('1'),
    );
  });

  it('invites by name, email and role, shows the code once with what the colleague needs, and can revoke it', async () => {
    const harness = await openMembers();
    const roles = [...(screen.getByTestId('invite-role') as HTMLSelectElement).options].map((o) => o.value);
    expect(roles).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    fireEvent.click(screen.getByTestId('invite-submit'));
    expect((await screen.findByTestId('invite-error')).textContent).toContain('Enter the name');
    fireEvent.input(screen.getByTestId('invite-name'), { target: { value: 'Nora New' } });
    fireEvent.input(screen.getByTestId('invite-email'), { target: { value: 'nora@acme.example' } });
    choose(screen.getByTestId('invite-role'), 'contributor');
    fireEvent.click(screen.getByTestId('invite-submit'));
    const code = (await screen.findByTestId('invite-code')).textContent ?? '';
    expect(code).toMatch(/^INV-/);
    const created = screen.getByTestId('invite-created');
    expect(created.textContent).toContain(harness.server.url);
    expect(created.textContent).toContain('nora@acme.example');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H4'));
    const pending = await screen.findByTestId('pending-invite');
    expect(pending.textContent).toContain('Nora New');
    expect(pending.textContent).toContain('Contributor');
    expect(pending.textContent).not.toContain(code);
    fireEvent.click(within(pending).getByTestId('revoke-invite'));
    await screen.findByTestId('pending-empty');
    expect(screen.getByTestId('members-status').textContent).toContain('Nora New');
  });

  it('confirms a demotion, Esc cancels and gives focus back, and the confirmed change reaches the Worker', async () => {
    const harness = await openMembers();
    const select = within(rowOf('paula@acme.example')).getByTestId('member-role') as HTMLSelectElement;
    select.focus();
    choose(select, 'viewer');
    const dialog = await screen.findByTestId('member-change');
    expect(dialog.textContent).toContain('Make Paula Martin Viewer?');
    expect(select.value).toBe('pm');
    fireEvent(dialog, new Event('cancel'));
    await waitFor(() => expect(screen.queryByTestId('member-change')).toBeNull());
    expect(document.activeElement).toBe(select);
    choose(select, 'viewer');
    fireEvent.click(await screen.findByTestId('member-change-confirm'));
    await waitFor(() =>
      expect(within(rowOf('paula@acme.example')).getByRole('combobox')).toHaveProperty('value', 'viewer'),
    );
    const members = harness.server.directory.listMembers(harness.workspaceId, false);
    expect(members.find((m) => m.id === harness.pm.member.id)?.role).toBe('viewer');
    expect(screen.getByTestId('members-status').textContent).toBe('Paula Martin is now Viewer.');
  });

  it('promotes without a dialog, removes after confirming, and signs a member out everywhere', async () => {
    const harness = await openMembers();
    choose(within(rowOf('victor@acme.example')).getByTestId('member-role'), 'pm');
    await waitFor(() =>
      expect(screen.getByTestId('members-status').textContent).toBe('Victor Viewer is now Project manager.'),
    );
    expect(screen.queryByTestId('member-change')).toBeNull();

    fireEvent.click(within(rowOf('victor@acme.example')).getByTestId('member-revoke-tokens'));
    expect((await screen.findByTestId('member-change')).textContent).toContain('stays a member');
    fireEvent.click(screen.getByTestId('member-change-confirm'));
    await waitFor(() => expect(screen.getByTestId('members-status').textContent).toContain('signed out'));
    expect(
      (
        await harness.server.fetch(`${harness.server.url}/v1/me`, {
          headers: { authorization: `Bearer ${harness.viewer.token}` },
        })
      ).status,
    ).toBe(401);

    fireEvent.click(within(rowOf('paula@acme.example')).getByTestId('member-remove'));
    fireEvent.click(await screen.findByTestId('member-change-confirm'));
    await waitFor(() =>
      expect(screen.queryAllByTestId('member-row').map((row) => row.dataset.memberEmail)).not.toContain(
        'paula@acme.example',
      ),
    );
    expect(screen.getByTestId('removed-members').textContent).toContain('Paula Martin');
  });
});

describe('members section: other roles', () => {
  it('shows a PMO no owner to give, and says why an owner cannot be touched', async () => {
    await openMembers('pmo');
    const roles = [...(screen.getByTestId('invite-role') as HTMLSelectElement).options].map((o) => o.value);
    expect(roles).not.toContain('owner');
    expect(screen.getByText('Only an owner can make someone an owner.')).toBeDefined();
    const owner = rowOf('olivia@example.com');
    expect(within(owner).queryByRole('button')).toBeNull();
    expect(within(owner).queryByRole('combobox')).toBeNull();
    expect(owner.textContent).toContain('Only an owner can change an owner.');
    const pmRow = within(rowOf('paula@acme.example')).getByTestId('member-role') as HTMLSelectElement;
    expect([...pmRow.options].map((o) => o.value)).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    // Their own row: no sign-out-everywhere (it would lock them out), and why.
    expect(within(rowOf('pmo@acme.example')).queryByTestId('member-revoke-tokens')).toBeNull();
  });

  it('shows a pm or a viewer the list read-only, with no dead buttons', async () => {
    for (const role of ['pm', 'viewer'] as const) {
      await openMembers(role);
      expect(screen.getByTestId('admin-members').textContent).toContain('Only owners and PMOs invite people');
      expect(screen.queryByTestId('invite-form')).toBeNull();
      expect(screen.queryByTestId('pending-invites')).toBeNull();
      expect(within(screen.getByTestId('members-table')).queryAllByRole('button')).toHaveLength(0);
      expect(within(screen.getByTestId('members-table')).queryAllByRole('combobox')).toHaveLength(0);
      expect(within(screen.getByTestId('members-table')).getAllByRole('columnheader')).toHaveLength(4);
      cleanup();
    }
  });

  it('renders names only as text', async () => {
    const harness = await createAdminHarness();
    harness.server.addMember(harness.workspaceId, {
      name: '<img src=x onerror=alert(1)>',
      email: 'evil@acme.example',
      role: 'pm',
    });
    await harness.renderAdmin('members');
    await screen.findByTestId('members-table');
    expect(document.querySelector('img')).toBeNull();
    expect(rowOf('evil@acme.example').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
