import { PDFName } from 'pdf-lib';
import type { Color } from 'pdf-lib';
import { MAP_COLUMNS } from '../model/places';
import { LINE_SPACING } from './pdfShaping';
import type { LaidOutText, Style, TextEngine } from './pdfShaping';
import { COLUMN_FILL, CONTENT_WIDTH, FOOTER_BASELINE, INK, MARGIN_BOTTOM, MARGIN_X, MUTED, PAGE_WIDTH, RULE } from './pdfPageFlow';
import type { PageFlow } from './pdfPageFlow';
import { drawScaleBar, wordsLanguage } from './pdfSections';
import type { StructElem } from './pdfTags';
import type { Summary } from './summaryTypes';

/* The last page, laid out like the map itself, and the page numbers. */

/** The last page: the three map columns side by side with short entries, scales underneath. */
export function writeMapInsert(flow: PageFlow, summary: Summary, engine: TextEngine): void {
  flow.newPage();
  flow.text(summary.labels.mapInsertTitle, { style: 'bold', size: 15, tag: 'H2' });
  flow.text(summary.header.sessionDateText, { size: 10, color: MUTED, spaceAfter: 10 });
  const gapBetween = 10;
  const columnWidth = (CONTENT_WIDTH - 2 * gapBetween) / 3;
  const padding = 6;
  const innerWidth = columnWidth - 2 * padding;
  const available = flow.y - MARGIN_BOTTOM;

  const plan = (size: number, limit?: { columns: number; scales: number }) => {
    const heads = MAP_COLUMNS.map((column) => engine.layout(summary.labels.headings[column], 'bold', size + 1, innerWidth, summary.direction));
    // One band height for all three headings, so the columns line up like the map's.
    const headHeight = Math.max(...heads.map((h) => h.height));
    const columns = MAP_COLUMNS.map((column, index) => {
      const head = heads[index];
      const items = summary.columns[column].map((e) => ({
        laid: engine.layout(e.short, 'regular', size, innerWidth - 8, 'auto'),
        lang: e.kind === 'words' ? wordsLanguage(summary, e.text) : undefined,
      }));
      if (items.length === 0)
        items.push({ laid: engine.layout(summary.labels.nothingShared, 'regular', size, innerWidth - 8, summary.direction), lang: undefined });
      const itemGap = size * 0.45;
      let shown = items.length;
      const total = () => headHeight + padding * 2 + 4 + items.slice(0, shown).reduce((h, i) => h + i.laid.height + itemGap, 0);
      let more: LaidOutText | undefined;
      if (limit) {
        while (shown > 0 && total() + (shown < items.length ? size * LINE_SPACING * 2 : 0) > limit.columns) shown--;
        if (shown < items.length) {
          const text = summary.labels.moreInFullSummary.split('{count}').join(String(items.length - shown));
          more = engine.layout(text, 'regular', size, innerWidth - 8, summary.direction);
        }
      }
      return { column, head, items: items.slice(0, shown), more, itemGap, height: total() + (more?.height ?? 0) };
    });
    const scaleBlocks = summary.scales.map((s) => {
      const question = engine.layout(s.question, 'bold', size, CONTENT_WIDTH - 150, 'auto');
      const why = s.why ? engine.layout(`"${s.why.text}"`, 'regular', size, CONTENT_WIDTH - 150, 'auto') : undefined;
      return { scale: s, question, why, height: Math.max(question.height + (why?.height ?? 0), size * 2) + size * 0.6 };
    });
    const scalesHead =
      summary.scales.length > 0 ? engine.layout(summary.labels.headings.scales, 'bold', size + 1, CONTENT_WIDTH, summary.direction) : undefined;
    let shownScales = scaleBlocks.length;
    const scalesHeight = () => (scalesHead ? scalesHead.height + 10 + scaleBlocks.slice(0, shownScales).reduce((h, b) => h + b.height, 0) : 0);
    if (limit) while (shownScales > 0 && scalesHeight() > limit.scales) shownScales--;
    const columnsHeight = Math.max(...columns.map((c) => c.height));
    return {
      size,
      headHeight,
      columns,
      columnsHeight,
      scalesHead,
      scaleBlocks: scaleBlocks.slice(0, shownScales),
      scalesHeight: scalesHeight(),
      fits: columnsHeight + 14 + scalesHeight() <= available,
    };
  };

  let chosen = plan(10);
  for (const size of [9.5, 9, 8.5, 8, 7.5, 7, 6.5]) {
    if (chosen.fits) break;
    chosen = plan(size);
  }
  if (!chosen.fits) {
    // Too much for one page even in small type: shorten the lists, saying how many are left out.
    const scalesShare = summary.scales.length > 0 ? Math.min(chosen.scalesHeight, available * 0.35) : 0;
    chosen = plan(6.5, { columns: available - scalesShare - 14, scales: scalesShare });
  }

  const { size } = chosen;
  const top = flow.y;
  const rtl = summary.direction === 'rtl';
  const page = flow.page;
  const { tags } = flow;
  // In the structure the three columns are a table: a row of headings, a row of lists.
  const table = tags.element(tags.current, 'Table');
  const headRow = tags.element(table, 'TR');
  const bodyRow = tags.element(table, 'TR');
  chosen.columns.forEach((c, i) => {
    const slot = rtl ? 2 - i : i;
    const x = MARGIN_X + slot * (columnWidth + gapBetween);
    const band = chosen.headHeight + padding * 2;
    tags.artifact(page, () => {
      page.drawRectangle({ x, y: top - chosen.columnsHeight, width: columnWidth, height: chosen.columnsHeight, borderColor: RULE, borderWidth: 0.75 });
      page.drawRectangle({ x, y: top - band, width: columnWidth, height: band, color: COLUMN_FILL });
    });
    const th = tags.element(headRow, 'TH');
    th.dict.set(PDFName.of('A'), page.doc.context.obj({ O: 'Table', Scope: 'Column' }));
    const td = tags.element(bodyRow, 'TD');
    const list = tags.element(td, 'L');
    let y = top - padding;
    const drawBlock = (laid: LaidOutText, style: Style, offset: number, color: Color, elem: StructElem) => {
      for (const { line, direction } of laid.lines) {
        const lx = direction === 'rtl' ? x + columnWidth - padding - offset - line.width : x + padding + offset;
        const baseline = y - laid.size;
        engine.drawLine(page, line, lx, baseline, style, laid.size, color, tags.textMarker(page, elem));
        y -= laid.lineHeight;
      }
    };
    drawBlock(c.head, 'bold', 0, INK, th);
    y = top - band - 4;
    for (const item of c.items) {
      const bulletX = rtl ? x + columnWidth - padding - 3 : x + padding + 2;
      const bulletY = y - size * 0.62;
      tags.artifact(page, () => page.drawCircle({ x: bulletX, y: bulletY, size: size * 0.16, color: MUTED }));
      const body = tags.element(tags.element(list, 'LI'), 'LBody', { lang: item.lang });
      drawBlock(item.laid, 'regular', 8, INK, body);
      y -= c.itemGap;
    }
    if (c.more) drawBlock(c.more, 'regular', 8, MUTED, tags.element(td, 'P'));
  });
  flow.y = top - chosen.columnsHeight - 14;

  if (chosen.scalesHead) {
    const head = chosen.scalesHead;
    const heading = tags.element(tags.current, 'H3');
    for (const { line } of head.lines) {
      const baseline = flow.y - head.size;
      engine.drawLine(page, line, rtl ? PAGE_WIDTH - MARGIN_X - line.width : MARGIN_X, baseline, 'bold', head.size, INK, tags.textMarker(page, heading));
      flow.y -= head.lineHeight;
    }
    flow.y -= 10;
    for (const block of chosen.scaleBlocks) {
      const blockTop = flow.y;
      let y = blockTop;
      for (const laid of [block.question, block.why]) {
        if (!laid) continue;
        const lang = laid === block.why && block.scale.why ? wordsLanguage(summary, block.scale.why.text) : undefined;
        const paragraph = tags.element(tags.current, 'P', { lang });
        for (const { line, direction } of laid.lines) {
          const lx = direction === 'rtl' ? MARGIN_X + CONTENT_WIDTH - 150 - line.width : MARGIN_X;
          const baseline = y - laid.size;
          engine.drawLine(page, line, lx, baseline, laid === block.question ? 'bold' : 'regular', laid.size, INK, tags.textMarker(page, paragraph));
          y -= laid.lineHeight;
        }
      }
      const valueText = engine.layout(block.scale.short, 'bold', size, 120, summary.direction).lines[0];
      const barX = PAGE_WIDTH - MARGIN_X - 118;
      engine.drawLine(page, valueText.line, barX, blockTop - size, 'bold', size, INK, tags.textMarker(page, tags.element(tags.current, 'P')));
      tags.artifact(page, () => drawScaleBar(page, barX + 6, blockTop - size * 2.1, 100, block.scale.value, size, engine));
      flow.y = blockTop - block.height;
    }
  }
}

/** Page numbers, as pagination artifacts: screen readers skip them. */
export function writePageNumbers(flow: PageFlow, template: string, engine: TextEngine): void {
  const { pages } = flow;
  pages.forEach((page, i) => {
    const text = template
      .split('{page}')
      .join(String(i + 1))
      .split('{total}')
      .join(String(pages.length));
    const laid = engine.layout(text, 'regular', 9, CONTENT_WIDTH, engine.fallbackDirection);
    for (const { line } of laid.lines) {
      flow.tags.artifact(page, () => engine.drawLine(page, line, (PAGE_WIDTH - line.width) / 2, FOOTER_BASELINE, 'regular', 9, MUTED), 'Pagination');
    }
  });
}
