import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecord } from '../../../../../extension/db/read-records';
import { buildStageGateTemplate } from '../../../../../shared/methodology/stage-gate-template';
import type { Template } from '../../../../../shared/schemas/methodology';
import { renderAdminAs } from '../admin-as-member';
import { createAdminHarness } from '../admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** The admin page with the built-in method, CRM following it in Plan. */
async function methodHarness() {
  const harness = await createAdminHarness();
  const template = buildStageGateTemplate(() => crypto.randomUUID());
  await harness.seed('template.create', template);
  const [, plan] = template.phases;
  await harness.seed('project.update', {
    id: harness.projectId,
    patch: { templateId: template.id, currentPhaseId: plan?.id },
  });
  return { ...harness, template };
}

async function readTemplate(harness: Awaited<ReturnType<typeof methodHarness>>, id: string) {
  return readRecord<Template>(harness.db, harness.workspaceId, 'template', id);
}

describe('the method section', () => {
  it('lists each template with its kind, version and the projects following it', async () => {
    const harness = await methodHarness();
    await harness.renderAdmin('method');
    const row = await screen.findByTestId('method-row');
    expect(within(row).getByRole('rowheader').textContent).toBe('Stage-gate (Interim PMO standard)');
    expect(row.textContent).toContain('Stage-gate');
    expect(within(row).getByTestId('method-row-version').textContent).toBe('1');
    expect(within(row).getByTestId('method-row-projects').textContent).toBe('1');
    expect(screen.getByRole('table').querySelectorAll('th[scope="col"]')).toHaveLength(4);
  });

  it('adds a must-meet criterion to a gate and saves it, the version rising to 2', async () => {
    const harness = await methodHarness();
    await harness.renderAdmin('method', harness.template.id);
    await screen.findByTestId('method-editor');
    expect(screen.getByTestId('method-version').textContent).toBe('Version 1');
    expect(screen.getByTestId('method-following').textContent).toContain('CRM');
    fireEvent.click(screen.getByTestId('phase-1-must-add'));
    const input = screen.getByTestId('phase-1-must-3') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'Data protection impact assessed' } });
    fireEvent.click(screen.getByTestId('method-save'));
    await waitFor(() => expect(screen.getByTestId('method-version').textContent).toBe('Version 2'));
    expect(screen.getByTestId('method-saved').textContent).toContain('version 2');
    const saved = await readTemplate(harness, harness.template.id);
    expect(saved?.templateVersion).toBe(2);
    expect(saved?.phases[1]?.gate?.mustMeet.map((criterion) => criterion.text)).toContain(
      'Data protection impact assessed',
    );
  });

  it('keeps the phase a project is in, says why, and removes and reorders the others', async () => {
    const harness = await methodHarness();
    await harness.renderAdmin('method', harness.template.id);
    await screen.findByTestId('method-editor');
    expect(screen.getByTestId('phase-1-in-use').textContent).toContain('CRM');
    expect(screen.queryByTestId('phase-1-remove')).toBeNull();
    fireEvent.click(screen.getByTestId('phase-3-up'));
    expect((screen.getByTestId('phase-2-name') as HTMLInputElement).value).toBe('Close');
    await waitFor(() => expect(document.activeElement?.id).toBe('phase-2-up'));
    fireEvent.click(screen.getByTestId('phase-3-remove'));
    fireEvent.click(screen.getByTestId('method-save'));
    await waitFor(async () =>
      expect((await readTemplate(harness, harness.template.id))?.phases.map((phase) => phase.name)).toEqual([
        'Initiate',
        'Plan',
        'Close',
      ]),
    );
  });

  it('creates a template as a copy of the built-in one and opens it', async () => {
    const harness = await methodHarness();
    await harness.renderAdmin('method');
    fireEvent.click(await screen.findByTestId('method-new'));
    fireEvent.click(screen.getByTestId('method-new-create'));
    expect(screen.getByRole('alert').textContent).toBe('Give the template a name.');
    fireEvent.input(screen.getByTestId('method-new-name'), { target: { value: 'Light stage-gate' } });
    fireEvent.click(screen.getByTestId('method-new-create'));
    await waitFor(() => expect(screen.getByTestId('method-title').textContent).toBe('Light stage-gate'));
    expect(screen.getAllByTestId('method-phase')).toHaveLength(4);
    expect(screen.getByTestId('method-delete')).toBeTruthy();
    fireEvent.click(screen.getByTestId('method-delete'));
    fireEvent.click(await screen.findByTestId('method-delete-confirm'));
    await waitFor(() => expect(location.hash).toBe('#/method'));
    await waitFor(() => expect(screen.getAllByTestId('method-row')).toHaveLength(1));
  });

  it('shows a template that projects follow as impossible to delete, before any click', async () => {
    const harness = await methodHarness();
    await harness.renderAdmin('method', harness.template.id);
    expect((await screen.findByTestId('method-delete-blocked')).textContent).toContain('1 project(s)');
    expect(screen.queryByTestId('method-delete')).toBeNull();
  });

  it('shows a pm the method to read, with no control that would be refused', async () => {
    const harness = await methodHarness();
    await renderAdminAs(harness, 'pm', 'method', harness.template.id);
    await screen.findByTestId('method-view');
    expect(screen.getByTestId('method-read-only')).toBeTruthy();
    const section = document.querySelector('.admin__section') as HTMLElement;
    expect(section.querySelectorAll('input, textarea, select')).toHaveLength(0);
    expect(Array.from(section.querySelectorAll('button'))).toHaveLength(0);
    expect(screen.getAllByTestId('method-view-must')[0]?.textContent).toContain('Outline business case approved');
  });
});
