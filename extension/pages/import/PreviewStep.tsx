import { i18n } from '#i18n';
import type { ImportField, Mapping, ParsedTable, ReadResult } from '../../../shared/tabular/index';
import { describeConversionGroup, describeRule } from './conversion-words';
import { entityLabel } from './entity-labels';
import { describeEnumValue } from './enum-labels';
import { fieldLabel } from './field-labels';
import { buildPreview, type PreviewCell } from './preview-rows';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import { summarizeConversions } from './summarize-conversions';

interface PreviewStepProps {
  table: ParsedTable;
  headerRow: number;
  mapping: Mapping;
  fields: readonly ImportField[];
  result: ReadResult;
  onBack(): void;
  onNext(): void;
}

/** Step 4: the first lines as they will be imported, every converted cell shown, and the conversions counted. */
export function PreviewStep({ table, headerRow, mapping, fields, result, onBack, onNext }: PreviewStepProps) {
  const preview = buildPreview(table, headerRow, mapping, result);
  const groups = summarizeConversions(result.rows);
  const headers = table.rows[headerRow] ?? [];
  const headerOf = (column: number) => {
    const key = mapping[column] ?? '';
    const field = fields.find((candidate) => candidate.key === key);
    return fieldLabel(key, field?.header ?? key);
  };
  return (
    <section class="import-step" aria-labelledby="import-preview-title">
      <StepHeading id="import-preview-title">{i18n.t('import.preview.title')}</StepHeading>
      <p class="muted">{i18n.t('import.preview.intro')}</p>
      <h3 class="section-title">{i18n.t('import.preview.conversionsTitle')}</h3>
      {groups.length > 0 ? (
        <ul class="import-summary" data-testid="import-conversion-summary">
          {groups.map((group) => (
            <li key={group.by === 'rule' ? group.rule : `${group.rule}:${group.raw}:${group.shown}`}>
              {describeConversionGroup(group, group.by === 'value' ? (mapping[group.column] ?? '') : '')}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{i18n.t('import.preview.noConversions')}</p>
      )}
      {preview.totalLines === 0 ? (
        <p class="import-warning" role="status">
          {i18n.t('import.preview.noRows')}
        </p>
      ) : (
        <>
          <p class="muted" data-testid="import-preview-count">
            {i18n.t('import.preview.shown', [String(preview.lines.length), String(preview.totalLines)])}
          </p>
          <div class="import-table-scroll">
            <table class="import-table import-preview" data-testid="import-preview">
              <thead>
                <tr>
                  <th scope="col">{i18n.t('import.preview.line')}</th>
                  <th scope="col">{i18n.t('import.preview.record')}</th>
                  {preview.columns.map((column) => (
                    <th key={column} scope="col" title={headers[column]}>
                      {headerOf(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((line) => (
                  <tr
                    key={line.line}
                    data-testid="import-preview-row"
                    data-line={line.line}
                    class={line.isInvalid ? 'import-preview__invalid' : undefined}
                  >
                    <th scope="row">{line.line}</th>
                    <td>
                      {line.isInvalid
                        ? i18n.t('import.preview.notImported')
                        : line.entities.map(entityLabel).join(', ')}
                    </td>
                    {line.cells.map((cell) => (
                      <td key={cell.column}>
                        <PreviewValue cell={cell} field={mapping[cell.column] ?? ''} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <StepActions onBack={onBack} onNext={onNext} />
    </section>
  );
}

/** A cell as text; a converted one as "raw → value" with its rule as the tooltip (the accessible description). */
function PreviewValue({ cell, field }: { cell: PreviewCell; field: string }) {
  if (!cell.conversion) return <>{cell.raw}</>;
  const { raw, shown, rule } = cell.conversion;
  const words = describeRule(rule);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can reach the rule in the tooltip.
    <span class="import-conversion" data-testid="import-conversion" data-rule={rule} title={words} tabIndex={0}>
      <span class="import-conversion__raw">{raw}</span>
      {' → '}
      <span class="import-conversion__shown">{describeEnumValue(field, shown)}</span>
    </span>
  );
}
