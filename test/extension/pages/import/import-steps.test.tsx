import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveLocale } from '../../serve-locale';
import {
  back,
  chooseFile,
  frenchRegister,
  goToPreview,
  next,
  renderImportPage,
  textsOf,
  waitForStepFocus,
} from './import-page-harness';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await serveLocale('en');
});

const register = frenchRegister([
  'R-001;Retard fournisseur;Élevé;Moyen;Ana Souza;15/03/2026;Ouvert;Relancer le fournisseur',
  'R-002;Budget réduit;Faible;Élevé;ana souza;01/04/2026;En cours;',
  'R-003;Départ expert;3;4;Ana Souza;20/04/2026;Ouvert;Plan de relève',
]);

describe('import page: from a file to the preview', () => {
  it('reads a dropped French register: kind and header row detected, focus on the new step', async () => {
    await renderImportPage();

    await chooseFile(register);

    expect((screen.getByTestId('import-kind') as HTMLSelectElement).value).toBe('risk');
    expect((screen.getByTestId('import-header-row') as HTMLSelectElement).value).toBe('1');
    expect(textsOf('import-steps')[0]).toContain('Kind');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What does this table hold?' }));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('maps each column with its header and three samples, and a correction changes the preview', async () => {
    await renderImportPage();
    await chooseFile(register);
    next();
    const rows = await screen.findAllByTestId('import-mapping-row');
    const comment = rows[7];
    expect(within(comment).getByRole('rowheader').textContent).toBe('Commentaire');
    expect(
      within(comment)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Relancer le fournisseur', 'Plan de relève']);
    const select = within(comment).getByLabelText('Field for column H (Commentaire)') as HTMLSelectElement;
    expect(select.value).toBe('');
    next();
    await screen.findByTestId('import-preview');
    expect(screen.queryByRole('columnheader', { name: 'Description' })).toBeNull();

    back();
    fireEvent.change(within((await screen.findAllByTestId('import-mapping-row'))[7]).getByRole('combobox'), {
      target: { value: 'description' },
    });
    next();

    await screen.findByRole('columnheader', { name: 'Description' });
    const firstLine = screen.getAllByTestId('import-preview-row')[0];
    expect(firstLine.textContent).toContain('Relancer le fournisseur');
  });

  it('shows each converted cell as text → value with its rule, and counts the conversions', async () => {
    await renderImportPage();
    await chooseFile(register);

    await goToPreview();

    const [line3] = screen.getAllByTestId('import-preview-row');
    expect(line3.dataset.line).toBe('3');
    const conversions = within(line3).getAllByTestId('import-conversion');
    expect(conversions.map((item) => item.textContent)).toEqual([
      'Élevé → 4',
      'Moyen → 3',
      '15/03/2026 → 2026-03-15',
      'Ouvert → open',
    ]);
    expect(conversions[2].getAttribute('title')).toBe('Date read as dd/mm/yyyy');
    expect(textsOf('import-conversion-summary')[0]).toContain('Dates read as dd/mm/yyyy: 3 cells');
    expect(screen.getByTestId('import-conversion-summary').textContent).toContain('Ouvert → open: 2 cells');
    expect(screen.getByTestId('import-conversion-summary').textContent).toContain('ana souza → Ana Souza: 1 cell');
    expect(screen.getByTestId('import-preview-count').textContent).toBe('Showing the first 3 of 3 lines.');
  });

  it('draws the first 50 lines of a long sheet and says how many there are', async () => {
    await renderImportPage();
    const lines = Array.from(
      { length: 120 },
      (_, index) => `R-${index};Risque ${index};2;3;Ana Souza;15/03/2026;Ouvert;`,
    );
    await chooseFile(frenchRegister(lines));

    await goToPreview();

    expect(screen.getAllByTestId('import-preview-row')).toHaveLength(50);
    expect(screen.getByTestId('import-preview-count').textContent).toBe('Showing the first 50 of 120 lines.');
  });

  it('asks how ambiguous dates are written, and reads them in the order chosen', async () => {
    await renderImportPage();
    await chooseFile(
      'Ref,Title,Probability,Impact,Raised on\nR-1,Vendor late,2,3,03/04/2026\nR-2,Budget cut,4,4,05/06/2026',
    );
    next();
    const order = (await screen.findByTestId('import-date-order')) as HTMLSelectElement;
    // Tests read US English: month first is offered.
    expect(order.value).toBe('mdy');
    expect(screen.getByLabelText('How are dates like 03/04/2026 written in this sheet?')).toBe(order);
    next();
    expect(textsOf('import-conversion')).toContain('03/04/2026 → 2026-03-04');

    back();
    fireEvent.change(await screen.findByTestId('import-date-order'), { target: { value: 'dmy' } });
    next();

    expect(await screen.findAllByTestId('import-conversion')).toBeTruthy();
    expect(textsOf('import-conversion')).toContain('03/04/2026 → 2026-04-03');
  });

  it('does not ask about dates a day above 12 already settles', async () => {
    await renderImportPage();
    await chooseFile(register);

    next();
    await screen.findAllByTestId('import-mapping-row');

    expect(screen.queryByTestId('import-date-order')).toBeNull();
  });

  it('says what to do with an empty file', async () => {
    await renderImportPage();

    fireEvent.change(screen.getByTestId('import-file'), {
      target: { files: [new File([' \r\n\r\n'], 'vide.csv', { type: 'text/csv' })] },
    });

    expect((await screen.findByTestId('import-source-error')).textContent).toBe(
      '“vide.csv” has no cells. Check that it is the right file, saved as CSV, and drop it again.',
    );
    expect(screen.queryByTestId('import-kind')).toBeNull();
  });

  it('takes a table pasted from a spreadsheet', async () => {
    await renderImportPage();
    fireEvent.input(screen.getByTestId('import-paste'), {
      target: { value: 'Title\tProbability\tImpact\nVendor late\t4\t3' },
    });

    fireEvent.click(screen.getByTestId('import-paste-use'));

    await screen.findByTestId('import-kind');
    expect(screen.getByTestId('import-headers').textContent).toBe('TitleProbabilityImpact');
  });

  it('opens the file picker from the drop zone, a native button that Enter and Space activate', async () => {
    await renderImportPage();
    const picker = vi
      .spyOn(screen.getByTestId('import-file') as HTMLInputElement, 'click')
      .mockImplementation(() => {});
    const zone = screen.getByRole('button', { name: /Drop a CSV file here/ });

    fireEvent.click(zone);

    expect(zone.tagName).toBe('BUTTON');
    expect(picker).toHaveBeenCalledTimes(1);
    // The input itself is skipped by Tab: the zone is the one stop.
    expect(screen.getByTestId('import-file').getAttribute('tabindex')).toBe('-1');
  });

  it('reads a file dropped anywhere on the page', async () => {
    await renderImportPage();
    await waitForStepFocus();
    const file = new File(['Title,Probability,Impact\nVendor late,4,3'], 'drop.csv', { type: 'text/csv' });

    // Dispatched by hand: happy-dom's DragEvent from fireEvent.drop reaches no listener.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
    document.querySelector('main')?.dispatchEvent(drop);

    await screen.findByTestId('import-kind');
    expect(screen.getByTestId('import-headers').textContent).toBe('TitleProbabilityImpact');
    expect(drop.defaultPrevented).toBe(true);
  });

  it('labels every input and select of every step', async () => {
    await renderImportPage();
    await chooseFile(register);
    next();
    await screen.findAllByTestId('import-mapping-row');

    for (const control of document.querySelectorAll('input, select, textarea')) {
      expect(document.querySelector(`label[for="${control.id}"]`), control.outerHTML.slice(0, 80)).not.toBeNull();
    }
  });

  it('speaks French to a French browser, problems and conversions included', async () => {
    await serveLocale('fr');
    await renderImportPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Choisissez ce que vous importez' })).toBeTruthy();
    await chooseFile(register.replace('15/03/2026', '31/02/2026'));

    await goToPreview();

    expect(textsOf('import-conversion')).toContain('Ouvert → ouvert');
    expect(screen.getAllByTestId('import-preview-row')[0].textContent).toContain('Non importée, voir les problèmes');
    next();
    expect(textsOf('import-problem')).toEqual(["Ligne 3, colonne F (Date de revue) : 31/02/2026 n'est pas une date"]);
  });
});
