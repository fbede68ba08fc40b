import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowSlot } from '../../../extension/content/common/create-shadow-slot';

afterEach(() => {
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML = '<main><h1 id="summary">Summary</h1><p id="after">After</p></main>';
  const ctx = new ContentScriptContext('overlay-test');
  const slot = createShadowSlot(ctx, 'interim-pmo-test', '.pmo-root { color: red; }');
  return { ctx, slot, summary: document.getElementById('summary') as HTMLElement };
}

const host = () => document.querySelector('interim-pmo-test') as HTMLElement;

describe('shadow slot', () => {
  it('mounts an open shadow root after its anchor, with the reset and our CSS inside', () => {
    const { slot, summary } = setUp();
    slot.render(h('section', { 'data-testid': 'pmo-panel' }, 'PMO'));

    slot.place({ anchor: summary, position: 'after' });

    expect(summary.nextElementSibling).toBe(host());
    const shadow = host().shadowRoot as ShadowRoot;
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelector('style')?.textContent).toContain(':host{all:initial !important;}');
    expect(shadow.querySelector('style')?.textContent).toContain('.pmo-root { color: red; }');
    expect(shadow.querySelector('[data-testid="pmo-panel"]')?.textContent).toBe('PMO');
    expect(slot.isPlaced).toBe(true);
  });

  it('moves to a new anchor keeping the rendered tree, and re-renders in place', () => {
    const { slot, summary } = setUp();
    slot.render(h('input', { 'data-testid': 'field' }));
    slot.place({ anchor: summary, position: 'after' });
    const field = host().shadowRoot?.querySelector('[data-testid="field"]');

    const main = document.querySelector('main') as HTMLElement;
    slot.place({ anchor: main, position: 'before' });

    expect(main.previousElementSibling).toBe(host());
    expect(host().shadowRoot?.querySelector('[data-testid="field"]')).toBe(field);
    slot.render(h('p', null, 'Next issue'));
    expect(host().shadowRoot?.querySelector('body')?.textContent).toBe('Next issue');
  });

  it("keeps keystrokes inside, away from Jira's one-key shortcuts", () => {
    const { slot, summary } = setUp();
    slot.render(h('input', { 'data-testid': 'field' }));
    slot.place({ anchor: summary, position: 'after' });
    const onPageKey = vi.fn();
    document.addEventListener('keydown', onPageKey);

    host()
      .shadowRoot?.querySelector('[data-testid="field"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));

    document.removeEventListener('keydown', onPageKey);
    expect(onPageKey).not.toHaveBeenCalled();
  });

  it('leaves the page when removed, and when the content script is invalidated', () => {
    const { ctx, slot, summary } = setUp();
    slot.place({ anchor: summary, position: 'after' });
    slot.remove();
    expect(host()).toBeNull();
    expect(slot.isPlaced).toBe(false);

    slot.place({ anchor: summary, position: 'after' });
    ctx.notifyInvalidated();

    expect(host()).toBeNull();
  });
});
