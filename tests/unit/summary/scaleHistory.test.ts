import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryToText } from '../../../src/summary/toText';
import { summaryToJson } from '../../../src/summary/toJson';
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

describe('a scale answered by voice', () => {
  it('exports the recording with its scale: a sentence, a file, and the data entry', async () => {
    const { t, tCommon } = await makeTranslators();
    const first = amira.scales.find((s) => s.shared && s.value !== null)!;
    const session = {
      ...amira,
      scales: amira.scales.map((s) =>
        s.id === first.id
          ? {
              ...s,
              recordings: [
                {
                  id: 'r9',
                  kind: 'recording' as const,
                  blobId: 'b9',
                  mimeType: 'audio/webm',
                  durationMs: 4200,
                  speaker: 'child' as const,
                  x: 0,
                  y: 0,
                  createdAt: SUMMARY_AT,
                  transcript: 'because of "school"',
                },
              ],
            }
          : s,
      ),
    };
    const summary = buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London' });
    const scale = summary.scales.find((s) => s.id === first.id)!;
    expect(scale.recordings).toHaveLength(1);
    const file = scale.recordings[0].file;
    // Named by the scale's place in the session, so no page recording shares its name.
    expect(file).toBe(`voicemap-2026-11-28-A-scale-${amira.scales.indexOf(first) + 1}-recording-1.mp3`);
    const pageFiles = Object.values(summary.columns)
      .flat()
      .flatMap((e) => (e.kind === 'recording' ? [e.file] : []));
    expect(pageFiles).not.toContain(file);
    const text = summaryToText(summary);
    expect(text).toContain(file);
    expect(text).toContain('because of "school"');
    const json = summaryToJson(summary, session);
    const exported = json.map.scales.find((s) => s.id === first.id)!;
    expect(exported.recordings?.[0]).toMatchObject({ kind: 'recording', file, durationMs: 4200, transcript: 'because of "school"' });
  });
});
