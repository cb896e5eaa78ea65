import { PDFHexString, PDFName } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { srgbProfile } from './srgbProfile';

/*
 * What makes the PDF an archival file (PDF/A-2, level B declared): XMP metadata that says so
 * and matches the document information, an sRGB output intent that gives the colours a
 * meaning for decades, the title shown in the window, and a file identifier. Records are kept
 * for decades and case systems are asked to keep them readable.
 */

export interface ArchiveInfo {
  title: string;
  language: string;
  /** Creation (and modification) time. */
  date: Date;
  tool: string;
  /** Makes the file identifier, so the same summary gives the same file. */
  seed: string;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/** An ISO 8601 date as XMP writes it, to the second, in UTC: as the Info dictionary has it. */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The XMP packet: PDF/A-2 identification, Dublin Core title and language, dates, tool. */
export function xmpPacket(info: ArchiveInfo): string {
  const date = xmpDate(info.date);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(info.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>${escapeXml(info.tool)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdf:Producer>${escapeXml(info.tool)}</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** 16 bytes as hex from a seed (FNV-1a, four rounds): the file identifier. */
function fileId(seed: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return hex;
}

/** Sets the document information, XMP metadata, output intent, window title and file identifier. */
export function makeArchival(doc: PDFDocument, info: ArchiveInfo): void {
  const { context, catalog } = doc;
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setCreator(info.tool);
  doc.setProducer(info.tool);
  doc.setLanguage(info.language);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);

  // PDF/A: the metadata stream is not compressed, so any tool can find and read it.
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(info)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));

  const profile = context.register(context.flateStream(srgbProfile(), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: 'sRGB IEC61966-2.1',
    RegistryName: 'http://www.color.org',
    DestOutputProfile: profile,
  });
  intent.set(PDFName.of('OutputConditionIdentifier'), PDFHexString.fromText('sRGB IEC61966-2.1'));
  intent.set(PDFName.of('Info'), PDFHexString.fromText('sRGB IEC61966-2.1'));
  intent.set(PDFName.of('RegistryName'), PDFHexString.fromText('http://www.color.org'));
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));

  const id = PDFHexString.of(fileId(info.seed));
  context.trailerInfo.ID = context.obj([id, id]);
}
