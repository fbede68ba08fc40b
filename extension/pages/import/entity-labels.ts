import { i18n } from '#i18n';
import type { ImportEntity, ImportKind } from '../../../shared/tabular/index';

const entityWords: Record<ImportEntity, () => string> = {
  risk: () => i18n.t('import.entities.risk'),
  issue: () => i18n.t('import.entities.issue'),
  decision: () => i18n.t('import.entities.decision'),
  action: () => i18n.t('import.entities.action'),
  milestone: () => i18n.t('import.entities.milestone'),
  planItem: () => i18n.t('import.entities.planItem'),
  person: () => i18n.t('import.entities.person'),
  allocation: () => i18n.t('import.entities.allocation'),
};

const kindWords: Record<ImportKind, () => string> = {
  plan: () => i18n.t('import.kinds.plan'),
  risk: () => i18n.t('import.kinds.risk'),
  raid: () => i18n.t('import.kinds.raid'),
  resources: () => i18n.t('import.kinds.resources'),
};

export const importKinds: readonly ImportKind[] = ['plan', 'risk', 'raid', 'resources'];

export function entityLabel(entity: ImportEntity): string {
  return entityWords[entity]();
}

export function kindLabel(kind: ImportKind): string {
  return kindWords[kind]();
}
