import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderPlaybook } from './render-playbook';

/**
 * A playbook's text, rendered by render-playbook.ts (sanitised nodes, never an HTML string). Preact
 * renders no children here, so the nodes appended below are the element's only content.
 */
export function PlaybookMarkdown({ markdown, testId = 'playbook-body' }: { markdown: string; testId?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    container.current?.replaceChildren(renderPlaybook(markdown));
  }, [markdown]);
  return <div ref={container} class="playbook-markdown" data-testid={testId} />;
}
