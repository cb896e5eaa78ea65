import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Page, RecordingItem, StickerItem, WordsItem } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import type { Command } from '../store/commands';
import { removeItems, updateItem } from '../store/commands';
import { getSticker, stickerNameKey, stickerUrl } from '../stickers/catalogue';
import { Icon } from '../ui/icons';
import { ToolPicture } from './toolPictures';
import { freeSpot, takenBoxes } from './freeSpot';

/** A sticker at scale 1 is this many page units wide. */
export const STICKER_SIZE = 120;
/** Movement (in screen pixels) before a press on an item becomes a drag rather than a tap. */
const DRAG_SLOP_PX = 8;
/** Arrow keys move an item this far (page units), big enough to matter for switch users. */
const KEY_STEP = 40;

interface Props {
  page: Page;
  scale: number;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onCommit(command: Command): void;
  onEditWords(item: WordsItem): void;
  /** Where the bin goes (with the tools beside the page); on the page's corner when not given. */
  binSlot?: HTMLElement | null;
}

function clampToPage(x: number, y: number): { x: number; y: number } {
  return { x: Math.min(PAGE_WIDTH, Math.max(0, x)), y: Math.min(PAGE_HEIGHT, Math.max(0, y)) };
}

/** Keeps a word card or recording badge (placed by its top-left) wholly on the page, never over the tools beside it. */
function clampBoxToPage(x: number, y: number, el: HTMLElement): { x: number; y: number } {
  return {
    x: Math.min(PAGE_WIDTH - el.offsetWidth, Math.max(0, x)),
    y: Math.min(PAGE_HEIGHT - el.offsetHeight, Math.max(0, y)),
  };
}

/**
 * Stickers and words live in the DOM above the canvas: they are real page text and real
 * buttons (screen readers, keyboard, switch access), while the canvas keeps only ink.
 * Drags move the element by CSS transform and commit one command on release.
 */
export function ItemOverlay({ page, scale, selectedId, onSelect, onCommit, onEditWords, binSlot }: Props) {
  const { t } = useTranslation();
  const binRef = useRef<HTMLButtonElement>(null);
  const drag = useRef<{ id: string; startX: number; startY: number; moved: boolean; el: HTMLElement } | null>(null);
  const overlay = useRef<HTMLDivElement>(null);
  // Items that were on the page when it opened do not arrive again; anything added later lands
  // with a short settle (none with prefers-reduced-motion).
  const [known] = useState(() => new Set(page.items.map((i) => i.id)));
  const landing = (id: string) => (known.has(id) ? '' : ' item--landed');

  const overBin = (clientX: number, clientY: number) => {
    const r = binRef.current?.getBoundingClientRect();
    return !!r && clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>, item: Item) => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { id: item.id, startX: e.clientX, startY: e.clientY, moved: false, el: e.currentTarget };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.startX;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_SLOP_PX) return;
    d.moved = true;
    d.el.style.translate = `${dx / scale}px ${dy / scale}px`;
    binRef.current?.classList.toggle('bin--hot', overBin(e.clientX, e.clientY));
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLElement>, item: StickerItem | WordsItem | RecordingItem) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    d.el.style.translate = '';
    binRef.current?.classList.remove('bin--hot');
    if (!d.moved) {
      if (item.kind === 'words') onEditWords(item);
      else onSelect(selectedId === item.id ? null : item.id);
      return;
    }
    if (overBin(e.clientX, e.clientY)) {
      onCommit(removeItems(page.id, [item.id]));
      onSelect(null);
      return;
    }
    const x = item.x + (e.clientX - d.startX) / scale;
    const y = item.y + (e.clientY - d.startY) / scale;
    if (item.kind === 'sticker') {
      onCommit(updateItem(page.id, item.id, clampToPage(x, y)));
      return;
    }
    let next = clampBoxToPage(x, y, d.el);
    // Word cards never cover each other, a sticker or the page's buttons: a card let go over one
    // moves to the nearest free spot.
    const stage = overlay.current?.parentElement;
    if (item.kind === 'words' && stage) next = freeSpot(takenBoxes(stage, scale, d.el), d.el.offsetWidth, d.el.offsetHeight, next);
    onCommit(updateItem(page.id, item.id, next));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, item: StickerItem | WordsItem | RecordingItem) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_STEP, 0],
      ArrowRight: [KEY_STEP, 0],
      ArrowUp: [0, -KEY_STEP],
      ArrowDown: [0, KEY_STEP],
    };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      onCommit(updateItem(page.id, item.id, clampToPage(item.x + m[0], item.y + m[1])));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onCommit(removeItems(page.id, [item.id]));
      onSelect(null);
    }
  };

  /** The same drag, tap and keyboard handling for every movable item. */
  const dragHandlers = (item: StickerItem | WordsItem | RecordingItem) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => onPointerDown(e, item),
    onPointerMove,
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => onPointerUp(e, item),
    onPointerCancel: () => {
      drag.current = null;
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, item),
  });

  const selected = page.items.find((i) => i.id === selectedId);
  const bin = (
    <button
      ref={binRef}
      type="button"
      className={binSlot ? 'bin tool-button' : 'bin'}
      aria-label={t('canvas.bin')}
      disabled={!selected || (selected.kind !== 'sticker' && selected.kind !== 'recording')}
      onClick={() => {
        if (selected) onCommit(removeItems(page.id, [selected.id]));
        onSelect(null);
      }}
    >
      <ToolPicture name="bin" size={binSlot ? 36 : 40} />
      {binSlot && <span aria-hidden="true">{t('canvas.bin')}</span>}
    </button>
  );

  return (
    <div ref={overlay} className="item-overlay" style={{ width: PAGE_WIDTH * scale, height: PAGE_HEIGHT * scale }}>
      <div className="item-overlay__page" style={{ transform: `scale(${scale})` }}>
        {page.items.map((item) => {
          if (item.kind === 'sticker') {
            const sticker = getSticker(item.stickerId);
            const size = STICKER_SIZE * item.scale;
            const name = t(stickerNameKey(item.stickerId), { ns: 'stickers' });
            return (
              <button
                key={item.id}
                type="button"
                className={`placed-sticker${selectedId === item.id ? ' placed-sticker--selected' : ''}${landing(item.id)}`}
                aria-label={t('canvas.placedSticker', { name })}
                aria-pressed={selectedId === item.id}
                style={{ left: item.x - size / 2, top: item.y - size / 2, width: size, height: size }}
                {...dragHandlers(item)}
                onClick={(e) => {
                  // Keyboard and switch activation arrive as click with no pointer press.
                  if (e.detail === 0) onSelect(selectedId === item.id ? null : item.id);
                }}
              >
                {sticker && <img src={stickerUrl(sticker.file)} alt="" draggable={false} />}
              </button>
            );
          }
          if (item.kind === 'words') {
            return (
              <button
                key={item.id}
                type="button"
                className={`speech-bubble speech-bubble--${item.speaker}${landing(item.id)}`}
                style={{ left: item.x, top: item.y }}
                aria-label={t('canvas.wordsBubble', { speaker: t(`speaker.${item.speaker}`), text: item.text })}
                {...dragHandlers(item)}
                onClick={(e) => {
                  if (e.detail === 0) onEditWords(item);
                }}
              >
                <span className="speech-bubble__who" aria-hidden="true">
                  {t(`speaker.${item.speaker}`)}
                </span>
                <span className="speech-bubble__text" dir="auto">
                  {item.text}
                </span>
              </button>
            );
          }
          if (item.kind === 'recording') {
            const number = page.items.filter((i) => i.kind === 'recording').indexOf(item) + 1;
            return (
              <button
                key={item.id}
                type="button"
                className={`recording-badge${selectedId === item.id ? ' placed-sticker--selected' : ''}`}
                style={{ left: item.x, top: item.y }}
                aria-label={t('canvas.recordingBadge', { number })}
                aria-pressed={selectedId === item.id}
                {...dragHandlers(item)}
                onClick={(e) => {
                  if (e.detail === 0) onSelect(selectedId === item.id ? null : item.id);
                }}
              >
                <Icon name="mic" size={40} />
                <span aria-hidden="true">{number}</span>
              </button>
            );
          }
          return null;
        })}
      </div>
      {selected?.kind === 'sticker' && (
        <div className="sticker-actions" role="group" aria-label={t('canvas.stickerActions')}>
          <button
            type="button"
            className="tool-button"
            onClick={() => onCommit(updateItem(page.id, selected.id, { scale: Math.min(3, selected.scale * 1.25) }))}
          >
            <Icon name="bigger" />
            <span>{t('canvas.bigger')}</span>
          </button>
          <button
            type="button"
            className="tool-button"
            onClick={() => onCommit(updateItem(page.id, selected.id, { scale: Math.max(0.4, selected.scale / 1.25) }))}
          >
            <Icon name="smaller" />
            <span>{t('canvas.smaller')}</span>
          </button>
        </div>
      )}
      {binSlot ? createPortal(bin, binSlot) : bin}
    </div>
  );
}
