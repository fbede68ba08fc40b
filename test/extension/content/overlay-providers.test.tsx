import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeBackground, createFakeJira, renderOverlay } from './overlay-fakes';

afterEach(cleanup);

function Broken(): never {
  throw new Error('unexpected shape');
}

describe('overlay providers', () => {
  it('turn a rendering bug into a message in our box instead of an error thrown into the page', () => {
    renderOverlay(<Broken />, createFakeBackground({}).client, createFakeJira().client);

    const error = screen.getByTestId('pmo-error');

    expect(error.textContent).toContain('Interim PMO could not show this part of the page. Reload the page');
    expect(error.getAttribute('role')).toBe('alert');
  });
});
