import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../extension/pages/popup/PopupApp';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';

afterEach(() => cleanup());

describe('the popup’s Add a risk form', () => {
  it('shows at most two lessons that may apply, without their recommendation', async () => {
    const background = createTestBackground();
    const session = background.server.createWorkspace('Acme PMO');
    await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
    const workspaceId = session.workspace.id;
    await background.sync.syncNow(workspaceId);
    const projectId = crypto.randomUUID();
    const mutate = (name: 'project.create' | 'risk.create' | 'lesson.create', args: Record<string, unknown>) =>
      background.send('mutate', { workspaceId, name, args: { id: crypto.randomUUID(), ...args } });
    await mutate('project.create', { id: projectId, code: 'ERP', name: 'ERP migration' });
    await mutate('risk.create', { projectId, title: 'Budget cut', probability: 2, impact: 2 });
    for (const n of [1, 2, 3])
      await mutate('lesson.create', {
        title: `Supplier servers late ${n}`,
        whatHappened: 'The supplier shipped the servers late.',
        recommendation: 'Penalties in the purchase order.',
      });
    renderPage(<PopupApp />, background.db, background.client);
    await screen.findAllByTestId('risk-item');
    fireEvent.click(screen.getByTestId('open-add-risk'));
    fireEvent.input(screen.getByTestId('risk-title'), { target: { value: 'Supplier may ship the servers late' } });
    await waitFor(() => expect(screen.getAllByTestId('lesson-suggestion')).toHaveLength(2));
    expect(screen.getByTestId('lesson-suggestions').textContent).not.toContain('Penalties');
  });
});
