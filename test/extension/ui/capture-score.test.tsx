import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureScore } from '../../../extension/ui/capture/CaptureScore';

afterEach(cleanup);

describe('the live score of the capture and Jira risk forms', () => {
  it('bands the score on the workspace’s matrix, like every other chip', () => {
    render(<CaptureScore probability={2} impact={2} matrix={{ size: 3 }} />);
    // On a 3×3 the top score is 9: high from 4 (two fifths, rounded up), where a 5×5 says low.
    expect(screen.getByTestId('capture-score').dataset.band).toBe('high');
    cleanup();
    render(<CaptureScore probability={2} impact={2} />);
    expect(screen.getByTestId('capture-score').dataset.band).toBe('low');
  });
});
