import { i18n } from '#i18n';
import { type CaptureKind, captureKinds } from '../../../shared/capture/capture-draft';

export const captureMenuParentId = 'capture';
const menuIdPrefix = 'capture-';
/** The page contexts the menu shows in: a selection, a link, and anywhere on a page. */
export const captureMenuContexts = ['selection', 'link', 'page'] as const;
type CaptureMenuContext = (typeof captureMenuContexts)[number];

export interface CaptureMenuItem {
  id: string;
  title: string;
  contexts: [CaptureMenuContext, ...CaptureMenuContext[]];
  parentId?: string;
}

/** The context-menu API as the capture uses it; `create` settles when the browser has the item. */
export interface CaptureMenuApi {
  create(item: CaptureMenuItem): Promise<void>;
  remove(id: string): Promise<void>;
}

/** `capture-risk` → `risk`; undefined for any other menu item. */
export function captureKindOfMenuItem(menuItemId: string | number): CaptureKind | undefined {
  const id = String(menuItemId);
  return captureKinds.find((kind) => id === `${menuIdPrefix}${kind}`);
}

/** "Interim PMO" with "Capture as risk / issue / decision / action" under it. */
export function captureMenuItems(): CaptureMenuItem[] {
  const contexts: CaptureMenuItem['contexts'] = [...captureMenuContexts];
  return [
    { id: captureMenuParentId, title: i18n.t('captureMenu.parent'), contexts },
    ...captureKinds.map((kind) => ({
      id: `${menuIdPrefix}${kind}`,
      title: i18n.t(`captureMenu.${kind}`),
      contexts,
      parentId: captureMenuParentId,
    })),
  ];
}

/**
 * Creates the menu, replacing any left from before (an update, a restart): creating an id that
 * exists is an error, so ours are removed first; other menus stay.
 */
export async function installCaptureMenus(menus: CaptureMenuApi): Promise<void> {
  const items = captureMenuItems();
  await Promise.allSettled(items.map((item) => menus.remove(item.id)));
  for (const item of items) await menus.create(item);
}
