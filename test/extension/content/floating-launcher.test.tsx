import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FloatingLauncher } from '../../../extension/content/jira/ui/FloatingLauncher';

afterEach(cleanup);

describe('the floating launcher', () => {
  it('is a focusable button that opens the panel in a floating window, closed again by Escape', () => {
    render(
      <FloatingLauncher>
        <section data-testid="pmo-panel">
          <input data-testid="inside" />
        </section>
      </FloatingLauncher>,
    );
    const launcher = screen.getByTestId('pmo-launcher');
    expect(launcher.tagName).toBe('BUTTON');
    expect(launcher.getAttribute('aria-label')).toBe('Open Interim PMO for this page');
    expect(screen.queryByTestId('pmo-panel')).toBeNull();

    fireEvent.click(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('pmo-floating-window').getAttribute('role')).toBe('dialog');
    fireEvent.keyDown(screen.getByTestId('inside'), { key: 'Escape' });

    expect(screen.queryByTestId('pmo-panel')).toBeNull();
    expect(document.activeElement).toBe(launcher);
  });

  it('leaves Escape to a form inside that handles it', () => {
    render(
      <FloatingLauncher>
        <input data-testid="inside" onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()} />
      </FloatingLauncher>,
    );
    fireEvent.click(screen.getByTestId('pmo-launcher'));

    fireEvent.keyDown(screen.getByTestId('inside'), { key: 'Escape' });

    expect(screen.queryByTestId('inside')).not.toBeNull();
  });
});
