/** Font files for the PDF: DejaVu Sans covers Latin (with Polish and Romanian), Greek, Cyrillic and Arabic. */
export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
  /**
   * Further fonts, tried in order for characters the main fonts lack (e.g. a Nastaliq or
   * emoji font for Urdu letters and emoji DejaVu does not have). A PDF embeds one only when
   * its text has such characters.
   */
  fallbacks?: Uint8Array[];
}

export type PdfFontLoader = () => Promise<PdfFontBytes>;

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the font ${url.pathname.split('/').pop() ?? ''} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The bundled fonts, fetched from the app's own files (precached, so this works offline).
 * The URLs are written out in full so the bundler finds and ships both files.
 */
let bundled: Promise<PdfFontBytes> | null = null;

export const loadBundledPdfFonts: PdfFontLoader = () => {
  // Fetched once per visit: a worker often exports several files from one review.
  bundled ??= Promise.all([
    fetchBytes(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
    fetchBytes(new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
    // DejaVu lacks Urdu's ہ, ے and ۔ (and more): Noto Sans Arabic has them.
    fetchBytes(new URL('../../assets/fonts/NotoSansArabic-Regular.ttf', import.meta.url)),
  ]).then(([regular, bold, arabic]) => ({ regular, bold, fallbacks: [arabic] }));
  // A failed fetch is not remembered, so the next export tries again.
  bundled.catch(() => {
    bundled = null;
  });
  return bundled;
};
