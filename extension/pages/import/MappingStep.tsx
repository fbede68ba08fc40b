import { i18n } from '#i18n';
import type { DateOrder, ImportField, Mapping, ParsedTable } from '../../../shared/tabular/index';
import { columnLetter } from './column-letter';
import { fieldLabel } from './field-labels';
import { columnCount, missingRequiredFields, sampleValues } from './mapping-view';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import type { UnknownOwners } from './wizard-state';

interface MappingStepProps {
  table: ParsedTable;
  headerRow: number;
  fields: readonly ImportField[];
  mapping: Mapping;
  /** Shown only when the sheet's slash dates could be read either way. */
  isDateOrderAmbiguous: boolean;
  dateOrder: DateOrder;
  unknownOwners: UnknownOwners;
  onMap(column: number, field: string | null): void;
  onDateOrder(dateOrder: DateOrder): void;
  onUnknownOwners(choice: UnknownOwners): void;
  onBack(): void;
  onNext(): void;
}

const ignored = '';

/** Step 3: which field each column goes into, with samples; how to read dates and unknown owners. */
export function MappingStep(props: MappingStepProps) {
  const { table, headerRow, fields, mapping } = props;
  const headers = table.rows[headerRow] ?? [];
  const columns = Array.from({ length: columnCount(table, headerRow) }, (_, column) => column);
  const missing = missingRequiredFields(fields, mapping);
  const hasOwnerField = fields.some((field) => field.valueType === 'person');
  return (
    <section class="import-step" aria-labelledby="import-mapping-title">
      <StepHeading id="import-mapping-title">{i18n.t('import.mapping.title')}</StepHeading>
      <p class="muted">{i18n.t('import.mapping.intro')}</p>
      <table class="import-table import-mapping">
        <thead>
          <tr>
            <th scope="col">{i18n.t('import.mapping.column')}</th>
            <th scope="col">{i18n.t('import.mapping.header')}</th>
            <th scope="col">{i18n.t('import.mapping.field')}</th>
            <th scope="col">{i18n.t('import.mapping.samples')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const header = headers[column] ?? '';
            const samples = sampleValues(table, headerRow, column);
            const selectId = `import-mapping-${column}`;
            return (
              <tr key={column} data-testid="import-mapping-row" data-column={column}>
                <td class="import-mapping__letter">{columnLetter(column)}</td>
                <th scope="row" class="import-mapping__header">
                  {header}
                </th>
                <td>
                  <label class="visually-hidden" for={selectId}>
                    {i18n.t('import.mapping.fieldFor', [columnLetter(column), header])}
                  </label>
                  <select
                    id={selectId}
                    data-testid="import-mapping-select"
                    value={mapping[column] ?? ignored}
                    onChange={(event) => props.onMap(column, event.currentTarget.value || null)}
                  >
                    <option value={ignored}>{i18n.t('import.mapping.ignore')}</option>
                    {fields.map((field) => (
                      <option key={field.key} value={field.key}>
                        {field.required
                          ? i18n.t('import.mapping.required', [fieldLabel(field.key, field.header)])
                          : fieldLabel(field.key, field.header)}
                      </option>
                    ))}
                  </select>
                </td>
                <td class="import-mapping__samples">
                  {samples.length > 0 ? (
                    <ul class="import-samples">
                      {samples.map((sample, index) => (
                        <li key={index}>{sample}</li>
                      ))}
                    </ul>
                  ) : (
                    <span class="muted">{i18n.t('import.mapping.noSamples')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length > 0 ? (
        <p class="import-warning" role="status" data-testid="import-mapping-missing">
          {i18n.t('import.mapping.requiredMissing', [
            missing.map((field) => fieldLabel(field.key, field.header)).join(', '),
          ])}
        </p>
      ) : null}
      <div class="import-grid">
        {props.isDateOrderAmbiguous ? (
          <div class="field">
            <label for="import-date-order">{i18n.t('import.mapping.dateOrderTitle')}</label>
            <select
              id="import-date-order"
              data-testid="import-date-order"
              value={props.dateOrder}
              aria-describedby="import-date-order-hint"
              onChange={(event) => props.onDateOrder(event.currentTarget.value as DateOrder)}
            >
              <option value="dmy">{i18n.t('import.mapping.dmy')}</option>
              <option value="mdy">{i18n.t('import.mapping.mdy')}</option>
            </select>
            <p id="import-date-order-hint" class="field-hint">
              {i18n.t('import.mapping.dateOrderAmbiguous')}
            </p>
          </div>
        ) : null}
        {hasOwnerField ? (
          <div class="field">
            <label for="import-unknown-owners">{i18n.t('import.mapping.unknownOwnersTitle')}</label>
            <select
              id="import-unknown-owners"
              data-testid="import-unknown-owners"
              value={props.unknownOwners}
              onChange={(event) => props.onUnknownOwners(event.currentTarget.value as UnknownOwners)}
            >
              <option value="reject">{i18n.t('import.mapping.reject')}</option>
              <option value="keep_name">{i18n.t('import.mapping.keepName')}</option>
            </select>
          </div>
        ) : null}
      </div>
      <StepActions onBack={props.onBack} onNext={props.onNext} />
    </section>
  );
}
