import { describe, expect, it } from 'vitest';
import {
  type CaptureMenuApi,
  type CaptureMenuItem,
  captureKindOfMenuItem,
  installCaptureMenus,
} from '../../../../extension/background/capture/capture-menus';

/** Chromium's context menu: creating an id that exists fails, removing a parent removes its children. */
function fakeMenus(existing: CaptureMenuItem[] = []) {
  const items = new Map(existing.map((item) => [item.id, item]));
  const api: CaptureMenuApi = {
    async create(item) {
      if (items.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
      if (item.parentId && !items.has(item.parentId)) throw new Error(`Cannot find menu item with id ${item.parentId}`);
      items.set(item.id, item);
    },
    async remove(id) {
      if (!items.has(id)) throw new Error(`Cannot find menu item with id ${id}`);
      for (const [childId, item] of items) if (item.parentId === id) items.delete(childId);
      items.delete(id);
    },
  };
  return { api, items };
}

const everywhere = ['selection', 'link', 'page'];

describe('the capture context menu', () => {
  it('is "Interim PMO" with "Capture as risk / issue / decision / action" under it, on selections, links and pages', async () => {
    const menus = fakeMenus();

    await installCaptureMenus(menus.api);

    expect([...menus.items.values()]).toEqual([
      { id: 'capture', title: 'Interim PMO', contexts: everywhere },
      { id: 'capture-risk', title: 'Capture as risk', contexts: everywhere, parentId: 'capture' },
      { id: 'capture-issue', title: 'Capture as issue', contexts: everywhere, parentId: 'capture' },
      { id: 'capture-decision', title: 'Capture as decision', contexts: everywhere, parentId: 'capture' },
      { id: 'capture-action', title: 'Capture as action', contexts: everywhere, parentId: 'capture' },
    ]);
  });

  it('installs again over the menu left from before (update, browser start) and keeps other menus', async () => {
    const other: CaptureMenuItem = { id: 'something-else', title: 'Other', contexts: ['page'] };
    const menus = fakeMenus([other]);
    await installCaptureMenus(menus.api);

    await installCaptureMenus(menus.api);

    expect([...menus.items.keys()].sort()).toEqual([
      'capture',
      'capture-action',
      'capture-decision',
      'capture-issue',
      'capture-risk',
      'something-else',
    ]);
  });

  it.each([
    ['capture-risk', 'risk'],
    ['capture-issue', 'issue'],
    ['capture-decision', 'decision'],
    ['capture-action', 'action'],
    ['capture', undefined],
    ['capture-lesson', undefined],
    [7, undefined],
  ])('reads the kind of menu item %s', (menuItemId, kind) => {
    expect(captureKindOfMenuItem(menuItemId)).toBe(kind);
  });
});
