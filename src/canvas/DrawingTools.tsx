import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToolSettings } from './DrawingSurface';
import { Icon } from '../ui/icons';
import { ToolPicture } from './toolPictures';
import { PEN_COLOURS, PEN_SIZES, SKIN_COLOURS } from '../activities/shared/toolPalette';

interface Props {
  settings: ToolSettings;
  onSettings(change: (s: ToolSettings) => ToolSettings): void;
  /** Beginner mode: only the pen, a few colours, undo and stickers. */
  fewerTools: boolean;
}

/**
 * The drawing tools beside the page: big pictured buttons with their names. Colours open from one
 * button into a palette beside the column (twelve colours and the skin tones) and it closes when
 * one is chosen; pen sizes show the size they draw.
 */
export const DrawingTools = memo(function DrawingTools({ settings, onSettings, fewerTools }: Props) {
  const { t } = useTranslation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const paletteButton = useRef<HTMLButtonElement>(null);
  const palette = useRef<HTMLDivElement>(null);
  const choose = (patch: Partial<ToolSettings>) => onSettings((s) => ({ ...s, tool: 'pen', ...patch }));
  const colourName = [...PEN_COLOURS, ...SKIN_COLOURS].find((c) => c.value === settings.color)?.id;

  // The palette opens with the chosen colour focused and closes with Escape, back to its button.
  useEffect(() => {
    if (!paletteOpen) return;
    palette.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPaletteOpen(false);
      paletteButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [paletteOpen]);

  const colourButton = (c: { id: string; value: string }) => (
    <button
      key={c.id}
      type="button"
      className="colour-button"
      aria-pressed={settings.tool === 'pen' && settings.color === c.value}
      aria-label={t(`colours.${c.id}`)}
      style={{ background: c.value }}
      onClick={() => {
        choose({ color: c.value });
        setPaletteOpen(false);
      }}
    />
  );

  return (
    <div className="tool-column tool-column--start" role="toolbar" aria-label={t('tools.label')} aria-orientation="vertical">
      <button type="button" className="tool-button" aria-pressed={settings.tool === 'pen'} onClick={() => onSettings((s) => ({ ...s, tool: 'pen' }))}>
        <ToolPicture name="pen" colour={settings.color} />
        <span>{t('tools.pen')}</span>
      </button>
      {!fewerTools && (
        <button type="button" className="tool-button" aria-pressed={settings.tool === 'eraser'} onClick={() => onSettings((s) => ({ ...s, tool: 'eraser' }))}>
          <ToolPicture name="eraser" />
          <span>{t('tools.eraser')}</span>
        </button>
      )}
      <button
        ref={paletteButton}
        type="button"
        className="tool-button"
        aria-expanded={paletteOpen}
        aria-describedby="current-colour"
        onClick={() => setPaletteOpen((o) => !o)}
      >
        <ToolPicture name="palette" colour={settings.color} />
        <span>{t('tools.colours')}</span>
      </button>
      {/* Outside the button, so its name stays "Colours"; read as its description. */}
      <span id="current-colour" className="visually-hidden">
        {colourName ? t(`colours.${colourName}`) : ''}
      </span>
      {!fewerTools &&
        PEN_SIZES.map((s) => (
          <button
            key={s.id}
            type="button"
            className="tool-button size-button"
            aria-pressed={settings.tool === 'pen' && settings.size === s.value}
            aria-label={t(`tools.size.${s.id}`)}
            onClick={() => choose({ size: s.value })}
          >
            {/* The dot is the width the pen draws at this page's usual scale, in the pen's colour. */}
            <span className="size-dot" style={{ width: s.value * 0.9 + 2, height: s.value * 0.9 + 2, background: settings.color }} aria-hidden="true" />
          </button>
        ))}
      {paletteOpen && (
        <div ref={palette} className="colour-palette" role="group" aria-label={t('tools.colours')}>
          <div className="colour-palette__colours">{(fewerTools ? PEN_COLOURS.slice(0, 6) : PEN_COLOURS).map(colourButton)}</div>
          <div className="colour-palette__skin" role="group" aria-label={t('tools.skinColours')}>
            {SKIN_COLOURS.map(colourButton)}
          </div>
        </div>
      )}
    </div>
  );
});

/** Undo and Redo, at the top of the column on the other side of the page. */
export const UndoRedo = memo(function UndoRedo({ canUndo, canRedo, onUndo, onRedo }: { canUndo: boolean; canRedo: boolean; onUndo(): void; onRedo(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="tool-button" onClick={onUndo} disabled={!canUndo}>
        <Icon name="undo" size={32} />
        <span>{t('tools.undo')}</span>
      </button>
      <button type="button" className="tool-button" onClick={onRedo} disabled={!canRedo}>
        <Icon name="redo" size={32} />
        <span>{t('tools.redo')}</span>
      </button>
    </>
  );
});
