import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RollUpSection } from '../../../../../extension/content/jira/ui/RollUpSection';
import { type BackgroundClient, BackgroundClientContext } from '../../../../../extension/ui/background-client';

afterEach(cleanup);

describe("the Jira issue panel's roll-up", () => {
  it('opens the milestone the issue is linked to in the Plan tab, at its record', async () => {
    const sent: { type: string; input: unknown }[] = [];
    const client: BackgroundClient = {
      send: (type, input) => {
        sent.push({ type, input });
        return Promise.resolve({ ok: true, value: undefined as never });
      },
    };
    const projectId = crypto.randomUUID();
    const milestoneId = crypto.randomUUID();
    render(
      <BackgroundClientContext.Provider value={client}>
        <RollUpSection
          issueKey="ACME-12"
          projectId={projectId}
          summary="Checkout flow"
          rollUp={{ kind: 'milestone', id: milestoneId, title: 'Go-live' }}
          linkTargets={[]}
          onChanged={() => {}}
        />
      </BackgroundClientContext.Provider>,
    );
    const link = screen.getByTestId('pmo-open-plan');
    expect(link.textContent).toBe('Open in plan');
    fireEvent.click(link);
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'workspace.open', input: { projectId, tab: 'plan', recordId: milestoneId } }),
    );
  });
});
