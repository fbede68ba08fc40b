import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import {
  anaId,
  chooseFile,
  frenchRegister,
  goToDiff,
  goToPreview,
  next,
  renderImportPage,
  textsOf,
  waitForStepFocus,
  waitForText,
} from './import-page-harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const register = frenchRegister([
  'R-001;Retard fournisseur;Élevé;Moyen;Ana Souza;15/03/2026;Ouvert;',
  'R-002;Budget réduit;Faible;Élevé;Ana Souza;01/04/2026;En cours;',
  'R-003;Départ expert;3;4;Ana Souza;20/04/2026;Ouvert;',
]);

/** Catches what the page hands to the browser's download: the file name and its text. */
function catchDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: blob ? blob.text() : Promise.resolve('') });
  });
  return files;
}

describe('import page: problems', () => {
  it('lists bad dates, unknown owners and out-of-range scores with line, column and reason; the download holds them all', async () => {
    await renderImportPage();
    await chooseFile(
      frenchRegister([
        'R-001;Retard fournisseur;Élevé;Moyen;Ana Souza;15/03/2026;Ouvert;',
        'R-002;Budget réduit;2;3;Ana Souza;31/02/2026;Ouvert;',
        'R-003;Départ expert;2;3;Zoé Inconnue;20/04/2026;Ouvert;',
        'R-004;=HYPERLINK("http://evil");12;3;Ana Souza;20/04/2026;Ouvert;',
      ]),
    );
    await goToPreview();
    const downloads = catchDownloads();

    next();

    await screen.findAllByTestId('import-problem');
    expect(textsOf('import-problem')).toEqual([
      'Line 4, column F (Date de revue): 31/02/2026 is not a date',
      'Line 5, column E (Propriétaire): “Zoé Inconnue” matches no person or member of the workspace',
      'Line 6, column C (Probabilité): 12 is out of range',
    ]);
    expect(screen.getByTestId('import-problems-count').textContent).toMatch(/^3 lines cannot be imported; every other/);
    fireEvent.click(screen.getByTestId('import-download-invalid'));
    expect(downloads.map((file) => file.name)).toEqual(['risques-invalid-rows.csv']);
    const text = (await downloads[0].text).replace(/^\uFEFF/, '');
    // Semicolons in, semicolons out: the file opens in columns in the Excel that saved it.
    expect(text.split('\r\n')[0]).toBe(
      'Réf;Titre;Probabilité;Impact;Propriétaire;Date de revue;Statut;Commentaire;Problem',
    );
    const rows = Papa.parse<string[]>(text).data;
    expect(rows[0]).toEqual([
      'Réf',
      'Titre',
      'Probabilité',
      'Impact',
      'Propriétaire',
      'Date de revue',
      'Statut',
      'Commentaire',
      'Problem',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[8]])).toEqual([
      ['R-002', 'Line 4, column F (Date de revue): 31/02/2026 is not a date'],
      ['R-003', 'Line 5, column E (Propriétaire): “Zoé Inconnue” matches no person or member of the workspace'],
      ['R-004', 'Line 6, column C (Probabilité): 12 is out of range'],
    ]);
    // Formula-escaped, so opening the file in a spreadsheet runs nothing.
    expect(rows[3][1]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('says again after the import which lines were left out, with their download', async () => {
    await renderImportPage();
    await chooseFile(
      frenchRegister([
        'R-001;Retard fournisseur;Élevé;Moyen;Ana Souza;15/03/2026;Ouvert;',
        'R-002;Budget réduit;2;3;Ana Souza;31/02/2026;Ouvert;',
      ]),
    );
    await goToPreview();
    await goToDiff();
    const downloads = catchDownloads();

    fireEvent.click(screen.getByTestId('import-apply'));

    await waitForText('import-result', '1 record imported; it syncs now.');
    const leftOut = screen.getByTestId('import-result-left-out');
    expect(leftOut.textContent).toContain('1 line was left out for its problems.');
    fireEvent.click(within(leftOut).getByRole('button', { name: 'Download invalid rows (CSV)' }));
    expect(await downloads[0].text).toContain('R-002;Budget réduit');
  });

  it('lists 200 problems and counts the rest, which the download still holds', async () => {
    await renderImportPage();
    const lines = Array.from(
      { length: 230 },
      (_, index) => `R-${index};Risque ${index};2;3;Ana Souza;31/02/2026;Ouvert;`,
    );
    await chooseFile(frenchRegister(lines));
    await goToPreview();
    const downloads = catchDownloads();

    next();

    expect(await screen.findAllByTestId('import-problem')).toHaveLength(200);
    expect(screen.getByTestId('import-problems-more').textContent).toBe('And 30 more problems, in the download.');
    fireEvent.click(screen.getByTestId('import-download-invalid'));
    expect(Papa.parse((await downloads[0].text).trim()).data).toHaveLength(231);
  });
});

describe('import page: diff and apply', () => {
  it('creates every valid line, sending import.apply with the planned mutations and the memory of the source', async () => {
    const { sent, db, workspaceId, projectId } = await renderImportPage();
    await chooseFile(register);
    await goToPreview();
    await goToDiff();

    expect(textsOf('import-diff-created')).toEqual(['3 new records']);
    expect(textsOf('import-diff-changed')).toEqual(['0 changed records']);
    expect(textsOf('import-diff-unchanged')).toEqual(['0 unchanged records']);
    expect(textsOf('import-diff-missing')).toEqual(['0 records no longer in the source (kept as they are)']);
    fireEvent.click(screen.getByTestId('import-apply'));

    await waitForText('import-result', '3 records imported; they sync now.');
    const apply = sent.find((message) => message.type === 'import.apply')?.input as {
      sourceKey: string;
      mutations: { name: string; args: Record<string, unknown>; line?: number }[];
      memory: Record<string, unknown>;
    };
    expect(apply.sourceKey).toBe('file:risques.csv');
    expect(apply.mutations.map((mutation) => [mutation.name, mutation.line, mutation.args.title])).toEqual([
      ['risk.create', 3, 'Retard fournisseur'],
      ['risk.create', 4, 'Budget réduit'],
      ['risk.create', 5, 'Départ expert'],
    ]);
    expect(apply.mutations[0].args).toMatchObject({
      projectId,
      ref: 'R-001',
      probability: 4,
      impact: 3,
      owner: { name: 'Ana Souza', personId: anaId },
      reviewDate: '2026-03-15',
    });
    expect(apply.memory).toMatchObject({
      kind: 'risk',
      headerRow: 1,
      headers: ['Réf', 'Titre', 'Probabilité', 'Impact', 'Propriétaire', 'Date de revue', 'Statut', 'Commentaire'],
      mapping: ['ref', 'title', 'probability', 'impact', 'owner', 'reviewDate', 'status', null],
      dateOrder: 'dmy',
      unknownOwners: 'reject',
      projectId,
    });
    const risks = await listRecords(db, workspaceId, 'risk');
    expect(risks.map((risk) => risk.title).sort()).toEqual(['Budget réduit', 'Départ expert', 'Retard fournisseur']);
    await waitForStepFocus();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Import finished' }));
  });

  it('re-imports with exact counts, the changes field by field, and the records no line matches any more', async () => {
    const { sent } = await renderImportPage();
    await chooseFile(register);
    await goToPreview();
    await goToDiff();
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');
    fireEvent.click(screen.getByTestId('import-again'));

    await chooseFile(
      frenchRegister([
        'R-001;Retard fournisseur;Élevé;Moyen;Ana Souza;15/03/2026;Ouvert;',
        'R-002;Budget réduit;Moyen;Élevé;Ana Souza;01/04/2026;Clos;',
        'R-004;Grève des transports;2;2;Ana Souza;02/05/2026;Ouvert;',
      ]),
    );
    await goToPreview();
    await goToDiff();

    expect(textsOf('import-diff-created')).toEqual(['1 new record']);
    expect(textsOf('import-diff-changed')).toEqual(['1 changed record']);
    expect(textsOf('import-diff-unchanged')).toEqual(['1 unchanged record']);
    expect(textsOf('import-diff-missing')).toEqual(['1 record no longer in the source (kept as it is)']);
    const changedGroup = screen.getByTestId('import-diff-changed-group');
    expect(changedGroup.textContent).toContain('Line 4 · Risk: Budget réduit');
    expect(textsOf('import-diff-change')).toEqual(['Probability: 2 → 3', 'Status: mitigating → closed']);
    expect(screen.getByTestId('import-diff-missing-group').textContent).toContain('Risk: Départ expert');
    fireEvent.click(screen.getByTestId('import-apply'));

    await waitForText('import-result', '2 records imported; they sync now.');
    const applies = sent.filter((message) => message.type === 'import.apply');
    const second = applies[1].input as { mutations: { name: string; args: Record<string, unknown> }[] };
    expect(second.mutations.map((mutation) => mutation.name).sort()).toEqual(['risk.create', 'risk.update']);
    expect(second.mutations.find((mutation) => mutation.name === 'risk.update')?.args).toMatchObject({
      patch: { probability: 3, status: 'closed' },
      expected: { probability: 2, status: 'mitigating' },
    });
  });

  it('shows a refused import and what it says, and keeps the step to try again', async () => {
    await renderImportPage({
      'import.apply': async () => ({
        ok: false,
        error: { code: 'import_refused', message: 'Nothing was imported: line 4: probability must be from 1 to 5' },
      }),
    });
    await chooseFile(register);
    await goToPreview();
    await goToDiff();

    fireEvent.click(screen.getByTestId('import-apply'));

    await waitForText('import-error', 'Nothing was imported: line 4: probability must be from 1 to 5');
    expect(screen.getByTestId('import-error').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-result')).toBeNull();
  });

  it('shows progress while applying', async () => {
    let answer: (value: unknown) => void = () => {};
    await renderImportPage({ 'import.apply': () => new Promise((resolve) => (answer = resolve)) });
    await chooseFile(register);
    await goToPreview();
    await goToDiff();

    fireEvent.click(screen.getByTestId('import-apply'));

    await waitForText('import-applying', 'Importing 3 changes…');
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(true);
    answer({ ok: true, value: { applied: 3 } });
    await screen.findByTestId('import-result');
  });
});

describe('import page: from a Google Sheet', () => {
  const hash = '#sheet=1AbC_defGHIjk-lmn&gid=42&title=Risques%20ERP';

  it('reads the tab with progress, says what to do when Google refuses, and reads it again on Try again', async () => {
    window.location.hash = hash;
    let attempt = 0;
    let answer: (value: unknown) => void = () => {};
    const { sent } = await renderImportPage({
      'sheets.fetchCsv': () =>
        ++attempt === 1
          ? new Promise((resolve) => (answer = resolve))
          : Promise.resolve({ ok: true, value: { text: register, bytes: register.length, fetchedAt: '' } }),
    });

    await waitForText('import-reading', 'Reading the sheet…');
    expect(screen.getByTestId('import-sheet').textContent).toBe('Google Sheet: Risques ERP');
    answer({
      ok: false,
      error: {
        code: 'sheet_no_access',
        message: 'Ask the owner to share the sheet with you, or download it as CSV and drop the file here.',
      },
    });
    await waitForText(
      'import-source-error',
      'Ask the owner to share the sheet with you, or download it as CSV and drop the file here.',
    );
    fireEvent.click(screen.getByTestId('import-retry'));

    await screen.findByTestId('import-kind');
    expect(sent.filter((message) => message.type === 'sheets.fetchCsv').map((message) => message.input)).toEqual([
      { spreadsheetId: '1AbC_defGHIjk-lmn', gid: '42' },
      { spreadsheetId: '1AbC_defGHIjk-lmn', gid: '42' },
    ]);
    expect(sent.find((message) => message.type === 'import.memory')?.input).toMatchObject({
      sourceKey: 'sheet:1AbC_defGHIjk-lmn:42',
    });
  });

  it("remembers the sheet's mapping: the next import starts from the user's corrections", async () => {
    window.location.hash = hash;
    const fetched = { ok: true, value: { text: register, bytes: register.length, fetchedAt: '' } };
    await renderImportPage({ 'sheets.fetchCsv': async () => fetched });
    await screen.findByTestId('import-kind');
    next();
    const comment = (await screen.findAllByTestId('import-mapping-row'))[7];
    fireEvent.change(within(comment).getByRole('combobox'), { target: { value: 'description' } });
    next();
    await screen.findByTestId('import-preview');
    await goToDiff();
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-result');

    fireEvent.click(screen.getByTestId('import-again'));
    await screen.findByTestId('import-kind');
    next();

    const rows = await screen.findAllByTestId('import-mapping-row');
    await waitFor(() => expect((within(rows[7]).getByRole('combobox') as HTMLSelectElement).value).toBe('description'));
  });
});
