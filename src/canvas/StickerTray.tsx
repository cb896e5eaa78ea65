import { useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STICKERS, STICKER_CATEGORIES, stickerCategoryKey, stickerNameKey, stickerUrl } from '../stickers/catalogue';
import type { StickerCategory } from '../stickers/catalogue';
import { speak } from '../voice/speech';

const DRAG_SLOP_PX = 8;

/**
 * "Say the names" stays as the worker left it when the tray is closed and opened again, for the
 * rest of the visit; it is a way of working with this child, not something to save.
 */
let sayNamesOn = false;

interface Props {
  /** Place the sticker; `at` is a client point when it was dragged and dropped, else undefined (middle). */
  onPlace(stickerId: string, at?: { clientX: number; clientY: number }): void;
  onClose(): void;
  /** The sticker sets offered to this child (the worker's choice); all when absent. */
  categories?: readonly string[];
}

/**
 * The sticker tray: categories as tabs, stickers as big named buttons.
 * Tap places a sticker in the middle; dragging one out drops it where the finger lifts
 * (one gesture, no two-step placement).
 */
export function StickerTray({ onPlace, onClose, categories }: Props) {
  const shown = categories ? STICKER_CATEGORIES.filter((c) => categories.includes(c)) : STICKER_CATEGORIES;
  const { t, i18n } = useTranslation();
  const sections = useRef(new Map<StickerCategory, HTMLElement>());
  const ghost = useRef<HTMLImageElement>(null);
  const press = useRef<{ id: string; x: number; y: number; dragging: boolean } | null>(null);
  // The click that follows a drag's pointerup must not place the sticker a second time.
  const suppressClick = useRef(false);
  /** 0 = the default (yellow) people stickers; 1-5 = the skin tones, light to dark. */
  const [tone, setTone] = useState(0);
  const [sayNames, setSayNames] = useState(sayNamesOn);

  /** Places a sticker and, for a child who cannot read the names yet, says its name. */
  const place = (id: string, at?: { clientX: number; clientY: number }) => {
    onPlace(id, at);
    // Synthesis only, and silent where the device has no voice for the language: the sticker
    // is placed either way, and its name is on its button.
    if (sayNames) speak(t(stickerNameKey(id), { ns: 'stickers' }), i18n.language);
  };

  const down = (e: ReactPointerEvent<HTMLButtonElement>, id: string) => {
    e.currentTarget.setPointerCapture?.(e.pointerId);
    press.current = { id, x: e.clientX, y: e.clientY, dragging: false };
  };
  const move = (e: ReactPointerEvent<HTMLButtonElement>, file: string) => {
    const p = press.current;
    if (!p) return;
    if (!p.dragging && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_SLOP_PX) return;
    p.dragging = true;
    const g = ghost.current;
    if (g) {
      if (!g.src.endsWith(file)) g.src = stickerUrl(file);
      g.style.display = 'block';
      g.style.left = `${e.clientX - 40}px`;
      g.style.top = `${e.clientY - 40}px`;
    }
  };
  const up = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const p = press.current;
    press.current = null;
    if (ghost.current) ghost.current.style.display = 'none';
    if (!p) return;
    suppressClick.current = p.dragging;
    // A tap is handled by onClick (so keyboard and switch users get the same path).
    if (p.dragging) place(p.id, { clientX: e.clientX, clientY: e.clientY });
  };

  const renderSticker = (base: (typeof STICKERS)[number]) => {
    const toned = tone > 0 ? base.tones?.[tone - 1] : undefined;
    const id = toned?.id ?? base.id;
    const file = toned?.file ?? base.file;
    const name = t(stickerNameKey(id), { ns: 'stickers' });
    return (
      <button
        key={base.id}
        type="button"
        className="sticker-button"
        aria-label={name}
        onPointerDown={(e) => down(e, id)}
        onPointerMove={(e) => move(e, file)}
        onPointerUp={up}
        onPointerCancel={() => (press.current = null)}
        onClick={() => {
          if (suppressClick.current) suppressClick.current = false;
          else place(id);
        }}
      >
        <img src={stickerUrl(file)} alt="" draggable={false} />
        <span aria-hidden="true">{name}</span>
      </button>
    );
  };

  // Every sticker is on the tray at once, in category sections: a child (or a switch user)
  // reaches any sticker without first finding the right tab. The chips jump to a section.
  return (
    <section className="sticker-tray" aria-label={t('stickers.tray')}>
      <div className="sticker-tray__categories" role="group" aria-label={t('stickers.categories')}>
        {shown.map((c) => (
          <button key={c} type="button" className="chip" onClick={() => sections.current.get(c)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}>
            {t(stickerCategoryKey(c), { ns: 'stickers' })}
          </button>
        ))}
        <button
          type="button"
          className="chip"
          aria-pressed={sayNames}
          onClick={() => {
            sayNamesOn = !sayNames;
            setSayNames(sayNamesOn);
          }}
        >
          {t('stickers.sayNames', { ns: 'voice' })}
        </button>
        <button type="button" className="chip chip--close" onClick={onClose}>
          {t('stickers.close')}
        </button>
      </div>
      <div className="sticker-tray__scroll">
        {shown.map((c) => (
          <section
            key={c}
            aria-labelledby={`tray-${c}`}
            ref={(el) => {
              if (el) sections.current.set(c, el);
            }}
          >
            <h3 id={`tray-${c}`} className="sticker-tray__heading">
              {t(stickerCategoryKey(c), { ns: 'stickers' })}
            </h3>
            {c === 'people' && (
              <div className="sticker-tray__tones" role="group" aria-label={t('stickers.skinTones')}>
                {[0, 1, 2, 3, 4, 5].map((i) => (
                  <button
                    key={i}
                    type="button"
                    className={`tone-swatch tone-swatch--${i}`}
                    aria-pressed={tone === i}
                    aria-label={t(`stickers.tone${i}`)}
                    onClick={() => setTone(i)}
                  />
                ))}
              </div>
            )}
            <div className="sticker-tray__grid">{STICKERS.filter((s) => s.category === c).map(renderSticker)}</div>
          </section>
        ))}
      </div>
      <img ref={ghost} className="sticker-ghost" alt="" aria-hidden="true" />
    </section>
  );
}
