import type { Page } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import { strokePath } from '../ink/strokeGeometry';
import { getSticker, stickerUrl } from '../stickers/catalogue';
import { STICKER_SIZE } from './ItemOverlay';

/**
 * A live miniature of a page, as SVG built from the model (strokes use the same cached paths
 * as the canvas). Decorative: the surrounding button or figure carries the name.
 */
export function PageThumbnail({ page, excluded }: { page: Page; excluded?: ReadonlySet<string> }) {
  return (
    <svg className="page-thumbnail" viewBox={`0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}`} aria-hidden="true" focusable="false">
      <rect width={PAGE_WIDTH} height={PAGE_HEIGHT} fill="#fff" />
      {page.items.map((item) => {
        if (excluded?.has(item.id)) return null;
        if (item.kind === 'stroke') return <path key={item.id} d={strokePath(item)} fill={item.color} />;
        if (item.kind === 'sticker') {
          const s = getSticker(item.stickerId);
          const size = STICKER_SIZE * item.scale;
          return s ? <image key={item.id} href={stickerUrl(s.file)} x={item.x - size / 2} y={item.y - size / 2} width={size} height={size} /> : null;
        }
        if (item.kind === 'words') return <rect key={item.id} x={item.x} y={item.y} width={220} height={70} rx={24} fill="#fff6c7" stroke="#c9a227" strokeWidth={4} />;
        return null;
      })}
    </svg>
  );
}
