import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A step's heading, focused when the step appears so keyboard and screen reader users start
 * reading at the new step instead of at the button that led there.
 */
export function StepHeading({ id, children }: { id: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id={id} ref={heading} class="import-step__title" tabIndex={-1}>
      {children}
    </h2>
  );
}
