// @vitest-environment jsdom
import mammoth from 'mammoth';
import { buildSummary } from '../../../src/summary/buildSummary';
import { summaryToDocx } from '../../../src/summary/toDocx';
import { summaryToJson } from '../../../src/summary/toJson';
import { summaryToText } from '../../../src/summary/toText';
import { SUMMARY_AT, amira, stickerName } from './fixtures';
import { makeTranslators } from './translators';

async function summaryWith(checked: boolean | undefined) {
  const { t, tCommon } = await makeTranslators();
  const session = { ...amira, language: 'pl' };
  return buildSummary(session, { t, tCommon, language: 'en-GB', createdAt: SUMMARY_AT, stickerName, timeZone: 'Europe/London', childLanguageChecked: checked });
}

const NOTE = /The child's screens were in Polish, a translation not yet checked by a native speaker/;

describe('an unchecked translation of the child screens', () => {
  it("is said in the worker's part of the text, the Word file and the data", async () => {
    const summary = await summaryWith(false);
    const text = summaryToText(summary);
    expect(text.slice(text.indexOf("The worker's notes"))).toMatch(NOTE);
    expect(text.slice(0, text.indexOf("The worker's notes"))).not.toMatch(NOTE);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await summaryToDocx(summary)) })).value;
    expect(docx.slice(docx.indexOf("The worker's notes"))).toMatch(NOTE);
    const json = summaryToJson(summary, { ...amira, language: 'pl' });
    expect(json.childScreensTranslation).toEqual({ checked: false, note: expect.stringMatching(NOTE) });
  }, 30_000);

  it('is not said for a checked translation', async () => {
    const summary = await summaryWith(true);
    expect(summaryToText(summary)).not.toMatch(NOTE);
    expect(summaryToJson(summary, { ...amira, language: 'pl' }).childScreensTranslation).toEqual({ checked: true });
  });
});
