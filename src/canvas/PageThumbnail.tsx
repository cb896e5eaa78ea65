import { useEffect, useMemo, useState } from 'react';
import type { Page, StrokeItem } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import { strokePath } from '../ink/strokeGeometry';
import { getSticker, stickerUrl } from '../stickers/catalogue';
import { STICKER_SIZE } from './ItemOverlay';
import { PICTURE_MIN_STROKES, inkFingerprint } from './inkPicture';
import type { InkPictureStore } from './inkPicture';

/**
 * A live miniature of a page, as SVG built from the model (strokes use the same cached paths
 * as the canvas). Decorative: the surrounding button or figure carries the name.
 *
 * A page with many strokes shows its saved ink picture instead of one SVG path per stroke (see
 * inkPicture.ts), when there is one that shows exactly its strokes; otherwise the strokes.
 */
export function PageThumbnail({ page, excluded, pictures }: { page: Page; excluded?: ReadonlySet<string>; pictures?: InkPictureStore }) {
  const ink = useInkPictureUrl(page, excluded, pictures);
  return (
    <svg className="page-thumbnail" viewBox={`0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}`} aria-hidden="true" focusable="false">
      <rect width={PAGE_WIDTH} height={PAGE_HEIGHT} fill="#fff" />
      {ink.url && <image href={ink.url} x={0} y={0} width={PAGE_WIDTH} height={PAGE_HEIGHT} preserveAspectRatio="none" />}
      {page.items.map((item) => {
        if (excluded?.has(item.id)) return null;
        if (item.kind === 'stroke') return ink.strokes ? <path key={item.id} d={strokePath(item)} fill={item.color} /> : null;
        if (item.kind === 'sticker') {
          const s = getSticker(item.stickerId);
          const size = STICKER_SIZE * item.scale;
          return s ? <image key={item.id} href={stickerUrl(s.file)} x={item.x - size / 2} y={item.y - size / 2} width={size} height={size} /> : null;
        }
        if (item.kind === 'words')
          return <rect key={item.id} x={item.x} y={item.y} width={220} height={70} rx={24} fill="#fff6c7" stroke="#c9a227" strokeWidth={4} />;
        return null;
      })}
    </svg>
  );
}

type InkState = { strokes: boolean; url?: string };

/**
 * The page's ink picture as an object URL, while it shows exactly the page's strokes (all of them:
 * a miniature that leaves some out draws them itself). `strokes` says whether to draw the strokes
 * as paths instead: for small pages, or when there is no matching picture.
 */
function useInkPictureUrl(page: Page, excluded: ReadonlySet<string> | undefined, pictures: InkPictureStore | undefined): InkState {
  const wanted = useMemo(() => {
    const strokes = page.items.filter((i): i is StrokeItem => i.kind === 'stroke');
    if (!pictures || strokes.length < PICTURE_MIN_STROKES || strokes.some((s) => excluded?.has(s.id))) return null;
    return inkFingerprint(strokes);
  }, [page.items, excluded, pictures]);
  const [found, setFound] = useState<{ fingerprint: string; url: string | null } | null>(null);

  useEffect(() => {
    if (!wanted || !pictures) return;
    let live = true;
    let url: string | null = null;
    pictures
      .load(page.id)
      .catch(() => undefined)
      .then((picture) => {
        if (!live) return;
        url = picture?.fingerprint === wanted ? URL.createObjectURL(picture.png) : null;
        setFound({ fingerprint: wanted, url });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [wanted, pictures, page.id]);

  if (!wanted) return { strokes: true };
  // Still looking: draw nothing yet rather than thousands of paths that the picture replaces.
  if (found?.fingerprint !== wanted) return { strokes: false };
  return found.url ? { strokes: false, url: found.url } : { strokes: true };
}
