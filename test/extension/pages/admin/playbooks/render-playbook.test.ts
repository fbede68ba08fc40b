import { describe, expect, it } from 'vitest';
import { renderMarkdownUnsafe, renderPlaybook } from '../../../../../extension/pages/admin/playbooks/render-playbook';
import { hostilePlaybook } from './hostile-playbook';

/** The rendered playbook in a detached container, as the page appends it. */
function render(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.append(renderPlaybook(markdown));
  return container;
}

/** Every attribute name in the rendered tree. */
const attributeNames = (root: Element) =>
  [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name));

describe('renderPlaybook', () => {
  it('renders Markdown: headings, emphasis, lists, tables, code and links opening in a new tab', () => {
    // Under happy-dom DOMPurify drops the first element's tag (see render-playbook.ts): a lead paragraph takes it.
    const root = render(
      [
        'Coaching for risks.',
        '',
        '## Why it matters',
        '',
        'A risk **above appetite** goes to the _board_.',
        '',
        '1. Name the owner',
        '2. Agree a response',
        '',
        '| Score | Who decides |',
        '| --- | --- |',
        '| 15+ | Board |',
        '',
        '`RISK-12` and see [the policy](https://intranet.example/risk-policy).',
        '',
        '![Escalation path](https://intranet.example/path.png)',
      ].join('\n'),
    );
    expect(root.querySelector('h2')?.textContent).toBe('Why it matters');
    expect(root.querySelector('strong')?.textContent).toBe('above appetite');
    expect(root.querySelectorAll('ol li')).toHaveLength(2);
    expect(root.querySelector('table th')?.textContent).toBe('Score');
    expect(root.querySelector('code')?.textContent).toBe('RISK-12');
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://intranet.example/risk-policy');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    const image = root.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://intranet.example/path.png');
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('leaves no active content from hostile Markdown: no script, frame, object, form, handler or script address', () => {
    const root = render(hostilePlaybook);
    expect(root.querySelectorAll('script, iframe, object, embed, form, input, style')).toHaveLength(0);
    expect(attributeNames(root).filter((name) => name.startsWith('on'))).toEqual([]);
    for (const link of root.querySelectorAll('a'))
      expect(link.getAttribute('href') ?? '').toMatch(/^(https?:|mailto:|$)/);
    expect(root.querySelector('[href^="javascript:" i], [src^="javascript:" i], [src^="data:" i]')).toBeNull();
    // Images over plain http or data: addresses are not loaded; their alt text stays.
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toContain('pixel');
    // The raw HTML shows as the text the PMO typed, which is how a reader sees that it was refused.
    expect(root.textContent).toContain('<script>window.__playbookPwned = 1</script>');
    expect(root.textContent).toContain('[click me](javascript:window.__playbookPwned=3)');
  });

  it('escapes raw HTML before any sanitiser runs, and refuses script addresses as links', () => {
    expect(renderMarkdownUnsafe('<script>x</script>')).toContain('&lt;script&gt;');
    expect(renderMarkdownUnsafe('[x](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdownUnsafe('[x](https://intranet.example)')).toContain('<a href="https://intranet.example"');
  });
});
