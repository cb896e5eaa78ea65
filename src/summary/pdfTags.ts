import { PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString, endMarkedContent } from 'pdf-lib';
import type { PDFArray, PDFDict, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';

/*
 * The PDF's logical structure (a tagged PDF): which drawn text is a heading, a paragraph, a
 * list item, a figure or a table cell, in reading order, so that screen readers and text
 * extraction read the summary as it is meant to be read, and every other mark on the page
 * (rules, bars, boxes, page numbers) is an artifact they skip. pdf-lib has no tagging of its
 * own; this writes the structure tree with its low-level objects, and marked content (BDC/EMC
 * with MCIDs) into the pages' content streams.
 */

export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD';

/** One structure element. */
export interface StructElem {
  readonly type: StructType;
  readonly ref: PDFRef;
  readonly kids: PDFArray;
  readonly dict: PDFDict;
}

interface PageMarks {
  /** For each MCID on the page (its position), the element it belongs to. */
  owners: PDFRef[];
}

export interface ElementOptions {
  /** Alternative text (figures). */
  alt?: string;
  /** The element's language, when it is not the document's (BCP 47). */
  lang?: string;
  /**
   * The element's text as typed, for readers that take an element's text whole: given for
   * right-to-left text, whose drawn glyphs (mirrored brackets, ligatures) tell it less directly.
   */
  actualText?: string;
}

/**
 * How drawn text is marked, around each of a line's text objects: `actualText` is the text the
 * object stands for where its glyphs say something else.
 */
export interface TextMarker {
  begin(actualText: string | undefined): PDFOperator[];
  end(actualText: string | undefined): PDFOperator[];
}

/** Begins a marked-content sequence, its property list written inline (pdf-lib writes string arguments as they are). */
function beginMarkedContent(tag: string, properties: string): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), `<<${properties}>>`]);
}

/** poppler's text extraction takes ActualText from a span only. */
const beginSpan = (actualText: string) => beginMarkedContent('Span', `/ActualText ${PDFHexString.fromText(actualText).toString()}`);

/** Text already inside an artifact, or outside the structure: only its ActualText is marked. */
export const spansOnly: TextMarker = {
  begin: (actualText) => (actualText === undefined ? [] : [beginSpan(actualText)]),
  end: (actualText) => (actualText === undefined ? [] : [endMarkedContent()]),
};

export class Tagger {
  readonly root: StructElem;
  private readonly doc: PDFDocument;
  private readonly pages = new Map<PDFPage, PageMarks>();
  private stack: StructElem[];

  constructor(doc: PDFDocument) {
    this.doc = doc;
    this.root = this.element(null, 'Document');
    this.stack = [this.root];
  }

  get current(): StructElem {
    return this.stack[this.stack.length - 1];
  }

  /** A new element, last child of `parent` (in reading order). */
  element(parent: StructElem | null, type: StructType, options: ElementOptions = {}): StructElem {
    const kids = this.doc.context.obj([]);
    const dict = this.doc.context.obj({ Type: 'StructElem', S: type, K: kids });
    if (options.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(options.alt));
    if (options.lang !== undefined) dict.set(PDFName.of('Lang'), PDFString.of(options.lang));
    if (options.actualText !== undefined) dict.set(PDFName.of('ActualText'), PDFHexString.fromText(options.actualText));
    const ref = this.doc.context.register(dict);
    const elem = { type, ref, kids, dict };
    if (parent) {
      dict.set(PDFName.of('P'), parent.ref);
      parent.kids.push(ref);
    }
    return elem;
  }

  /** Runs `write` with a new element (child of the current one) as the current element. */
  within<T>(type: StructType, write: (elem: StructElem) => T, options: ElementOptions = {}): T {
    const elem = this.element(this.current, type, options);
    this.stack.push(elem);
    try {
      return write(elem);
    } finally {
      this.stack.pop();
    }
  }

  private marks(page: PDFPage): PageMarks {
    let marks = this.pages.get(page);
    if (!marks) {
      marks = { owners: [] };
      this.pages.set(page, marks);
    }
    return marks;
  }

  /** A new marked-content sequence on the page, as content of `elem`. */
  private beginContent(page: PDFPage, elem: StructElem): PDFOperator {
    const marks = this.marks(page);
    const mcid = marks.owners.length;
    marks.owners.push(elem.ref);
    elem.kids.push(this.doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
    return beginMarkedContent(elem.type, `/MCID ${mcid}`);
  }

  /** What `draw` puts on the page is content of `elem` (the current element unless given). */
  mark(page: PDFPage, draw: () => void, elem: StructElem = this.current): void {
    page.pushOperators(this.beginContent(page, elem));
    draw();
    page.pushOperators(endMarkedContent());
  }

  /**
   * Marks drawn text as content of `elem`: each text object its own marked-content sequence,
   * inside a span with its ActualText where it has one. A span inside the sequence would do for
   * most readers, but poppler (pdfinfo's structure text) takes the end of a span nested in a
   * sequence for the end of the sequence, and loses the rest of the line.
   */
  textMarker(page: PDFPage, elem: StructElem = this.current): TextMarker {
    return {
      begin: (actualText) => [...spansOnly.begin(actualText), this.beginContent(page, elem)],
      end: (actualText) => [endMarkedContent(), ...spansOnly.end(actualText)],
    };
  }

  /** What `draw` puts on the page is an artifact: layout, not content (a rule, a box, a page number). */
  artifact(page: PDFPage, draw: () => void, kind: 'Layout' | 'Pagination' = 'Layout'): void {
    page.pushOperators(beginMarkedContent('Artifact', `/Type /${kind}`));
    draw();
    page.pushOperators(endMarkedContent());
  }

  /** Writes the structure tree, its parent tree and the catalog's MarkInfo. */
  finish(allPages: readonly PDFPage[]): void {
    const context = this.doc.context;
    const nums: (PDFNumber | PDFRef)[] = [];
    allPages.forEach((page, i) => {
      const marks = this.pages.get(page);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
      nums.push(PDFNumber.of(i), context.register(context.obj(marks?.owners ?? [])));
      // Tab order follows the structure (PDF/UA asks for it on pages with annotations; harmless here).
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    });
    const parentTree = context.register(context.obj({ Nums: nums }));
    const treeRoot = context.register(context.obj({ Type: 'StructTreeRoot', K: this.root.ref, ParentTree: parentTree, ParentTreeNextKey: allPages.length }));
    this.root.dict.set(PDFName.of('P'), treeRoot);
    this.doc.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
    this.doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
