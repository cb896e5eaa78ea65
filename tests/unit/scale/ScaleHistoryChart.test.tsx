import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ScaleHistoryChart } from '../../../src/activities/scale/ScaleHistoryChart';
import { setUpI18n } from './helpers';

beforeAll(setUpI18n);
afterEach(cleanup);

describe('ScaleHistoryChart', () => {
  it('gives the dates and numbers as a table, oldest first, marking this session', () => {
    render(
      <ScaleHistoryChart
        question="How safe do you feel at home?"
        currentSessionId="s2"
        points={[
          { date: '2026-01-05T10:05:00.000Z', value: 2, sessionId: 's1' },
          { date: '2026-02-02T10:05:00.000Z', value: 5, sessionId: 's2' },
        ]}
      />,
    );
    expect(screen.getByRole('figure', { name: 'Over time: How safe do you feel at home?' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['DateNumber', expect.stringMatching(/2026.*2$/), expect.stringMatching(/2026.*this session.*5$/)]);
  });

  it('says so when there are no numbers yet', () => {
    render(<ScaleHistoryChart question="Q" points={[]} />);
    expect(screen.getByText('No numbers yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
