import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryToText } from '../../../src/summary/toText';
import { amira, stickerName, SUMMARY_AT } from './fixtures';
import { makeTranslators } from './translators';

describe('scales over time in the summary', () => {
  it('lists the earlier answers to the same question, oldest first, marking this session', async () => {
    const { t, tCommon } = await makeTranslators();
    const first = amira.scales.find((s) => s.shared && s.value !== null)!;
    const summary = buildSummary(amira, {
      t,
      tCommon,
      language: 'en-GB',
      createdAt: SUMMARY_AT,
      stickerName,
      timeZone: 'Europe/London',
      scaleHistory: (scale) =>
        scale.id === first.id
          ? [
              { date: '2026-10-03T10:00:00.000Z', value: 3, current: false },
              { date: '2026-11-28T10:00:00.000Z', value: first.value!, current: true },
            ]
          : [],
    });
    const scale = summary.scales.find((s) => s.id === first.id)!;
    expect(scale.history?.map((h) => h.value)).toEqual([3, first.value]);
    expect(scale.historyLine).toBe(`Over time: 3 October 2026: 3; 28 November 2026: ${first.value} (this session)`);
    expect(summaryToText(summary)).toContain(scale.historyLine);
    // One answer alone is not "over time".
    expect(summary.scales.filter((s) => s.id !== first.id).every((s) => s.historyLine === undefined)).toBe(true);
  });
});
