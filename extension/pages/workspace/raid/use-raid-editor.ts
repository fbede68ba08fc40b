import type { AnyRecord } from '../../../../shared/entities';
import { type FieldValues, useRecordForm } from '../common/use-record-form';
import { useRaid } from './raid-context';
import type { RaidEntity } from './raid-labels';

interface RaidEditorOptions {
  fields: readonly string[];
  lineFields: readonly string[];
  defaults: FieldValues;
}

/**
 * A RAID editor's form (issue 14's use-record-form.ts) and whether the member may write the record
 * (or create one), with the props EditorFrame takes from them.
 */
export function useRaidEditor(entity: RaidEntity, record: AnyRecord | undefined, options: RaidEditorOptions) {
  const { view, mayWrite } = useRaid();
  const canWrite = mayWrite(entity, record);
  const form = useRecordForm({ workspaceId: view.workspaceId, entity, record, ...options });
  return { form, canWrite, frame: { entity, record, form, canWrite } };
}
