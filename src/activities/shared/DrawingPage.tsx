import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, WordsItem } from '../../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import type { Command } from '../../store/commands';
import { addItem, removeItems, updateItem } from '../../store/commands';
import { newId, nowIso } from '../../model/ids';
import { DrawingSurface } from '../../canvas/DrawingSurface';
import type { DrawingSurfaceHandle, ToolSettings } from '../../canvas/DrawingSurface';
import { ItemOverlay } from '../../canvas/ItemOverlay';
import { SwitchDrawPad } from '../../canvas/SwitchDrawPad';
import { StickerTray } from '../../canvas/StickerTray';
import { WordsDialog } from '../../canvas/WordsDialog';
import type { WordsDraft } from '../../canvas/WordsDialog';
import { useFitScale } from '../../canvas/useFitScale';
import { describePage } from '../../canvas/describePage';
import { Icon } from '../../ui/icons';
import { playEntrySound } from '../../voice/sounds';
import { PEN_COLOURS, PEN_SIZES } from './toolPalette';
import { useAccess } from '../../ui/access';
import type { ReactNode } from 'react';
import type { BlobStore } from '../../store/blobStore';
import type { InkPictureStore } from '../../canvas/inkPicture';
import { RecordControl } from '../../voice/RecordControl';
import { RecordingList } from '../../voice/RecordingList';
import type { RecordedAudio } from '../../voice/recorder';

interface Props {
  store: SessionStore;
  blobs: BlobStore;
  pictures?: InkPictureStore;
  page: Page;
  background: ReactNode;
  /** The prompt on screen now (its key), recorded with words given while it shows. */
  promptKey?: string;
  /** Extra controls for the page (e.g. Record), placed with Stickers and Add words. */
  extraTools?: ReactNode;
}

/** Where new words go: staggered down the left so bubbles do not land on top of each other. */
function nextWordsPosition(page: Page): { x: number; y: number } {
  const n = page.items.filter((i) => i.kind === 'words').length;
  return { x: 40 + (n % 3) * 40, y: 40 + (n % 6) * 110 };
}

/**
 * One drawing page: tools, the drawing area, stickers and words. Shared by every places activity.
 * Everything the child makes becomes one store command; the store autosaves it.
 */
export function DrawingPage({ store, blobs, pictures, page, background, promptKey, extraTools }: Props) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<ToolSettings>({ tool: 'pen', color: PEN_COLOURS[0].value, size: PEN_SIZES[1].value });
  const [trayOpen, setTrayOpen] = useState(false);
  const [words, setWords] = useState<{ editing?: WordsItem } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const surface = useRef<DrawingSurfaceHandle>(null);
  const scale = useFitScale(stageWrap);
  // Beginner mode: only the pen, a few colours, undo and stickers.
  const { fewerTools, stickerSets } = useAccess();

  const commit = useCallback(
    (command: Command) => {
      const before = store.get();
      store.apply(command);
      // The same gentle sound for every new entry, whatever it is and wherever it goes.
      if (command.name === 'addItem' && store.get() !== before) playEntrySound();
    },
    [store],
  );

  const placeSticker = (stickerId: string, at?: { clientX: number; clientY: number }) => {
    const p = (at && surface.current?.toPage(at.clientX, at.clientY)) || { x: PAGE_WIDTH / 2, y: PAGE_HEIGHT / 2 };
    commit(addItem(page.id, { id: newId(), kind: 'sticker', stickerId, x: p.x, y: p.y, scale: 1, createdAt: nowIso() }));
  };

  const saveWords = (draft: WordsDraft) => {
    const editing = words?.editing;
    if (editing) commit(updateItem(page.id, editing.id, draft));
    else commit(addItem(page.id, { id: newId(), kind: 'words', ...draft, ...nextWordsPosition(page), promptKey, createdAt: nowIso() }));
    setWords(null);
  };

  const saveRecording = async (rec: RecordedAudio) => {
    const blobId = newId();
    // The audio is stored first (encrypted, or held in memory and retried), then the item that
    // points at it, so a recording on the page always has its sound.
    await blobs.saveBlob(blobId, store.get().id, rec.blob, rec.mimeType);
    const n = page.items.filter((i) => i.kind === 'recording').length;
    commit(
      addItem(page.id, {
        id: newId(),
        kind: 'recording',
        blobId,
        mimeType: rec.mimeType,
        durationMs: Math.round(rec.durationMs),
        speaker: 'child',
        x: PAGE_WIDTH - 140,
        y: 40 + (n % 6) * 90,
        createdAt: nowIso(),
      }),
    );
  };
  const recordings = page.items.flatMap((i) => (i.kind === 'recording' ? [i] : []));

  const canUndo = store.canUndo(page.id);
  const canRedo = store.canRedo(page.id);
  const pageId = page.id;
  // The toolbar changes with the settings and the undo state, not with every stroke: building its
  // translated labels again for each stroke was a good part of the time before the stroke showed.
  const toolbar = useMemo(() => {
    const guard = (fn: () => void) => () => {
      // Undo is refused mid-gesture: one finished gesture is one step.
      if (!surface.current?.gestureActive()) fn();
    };
    const toolButton = (tool: ToolSettings['tool'], icon: 'pen' | 'eraser', label: string) => (
      <button
        type="button"
        className="tool-button"
        aria-pressed={settings.tool === tool}
        onClick={() => setSettings((s) => ({ ...s, tool }))}
      >
        <Icon name={icon} />
        <span>{label}</span>
      </button>
    );
    const colours = fewerTools ? PEN_COLOURS.slice(0, 6) : PEN_COLOURS;
    return (
      <div className="toolbar" role="toolbar" aria-label={t('tools.label')} aria-orientation="vertical">
        {toolButton('pen', 'pen', t('tools.pen'))}
        {!fewerTools && toolButton('eraser', 'eraser', t('tools.eraser'))}
        <button type="button" className="tool-button" onClick={guard(() => store.undo(pageId))} disabled={!canUndo}>
          <Icon name="undo" />
          <span>{t('tools.undo')}</span>
        </button>
        <button type="button" className="tool-button" onClick={guard(() => store.redo(pageId))} disabled={!canRedo}>
          <Icon name="redo" />
          <span>{t('tools.redo')}</span>
        </button>
        {!fewerTools && (
        <div className="toolbar__group" role="group" aria-label={t('tools.sizes')}>
          {PEN_SIZES.map((s) => (
            <button
              key={s.id}
              type="button"
              className="size-button"
              aria-pressed={settings.size === s.value}
              aria-label={t(`tools.size.${s.id}`)}
              onClick={() => setSettings((prev) => ({ ...prev, tool: 'pen', size: s.value }))}
            >
              <span className="size-dot" style={{ width: s.value / 1.5 + 4, height: s.value / 1.5 + 4 }} aria-hidden="true" />
            </button>
          ))}
        </div>
        )}
        <div className="toolbar__group colours" role="group" aria-label={t('tools.colours')}>
          {colours.map((c) => (
            <button
              key={c.id}
              type="button"
              className="colour-button"
              aria-pressed={settings.tool === 'pen' && settings.color === c.value}
              aria-label={t(`colours.${c.id}`)}
              style={{ background: c.value }}
              onClick={() => setSettings((prev) => ({ ...prev, tool: 'pen', color: c.value }))}
            />
          ))}
        </div>
      </div>
    );
  }, [t, settings, fewerTools, store, pageId, canUndo, canRedo]);

  return (
    <div className="drawing-page">
      {toolbar}

      <div className="stage-wrap" ref={stageWrap}>
        <div className="stage-box" style={{ width: PAGE_WIDTH * scale, height: PAGE_HEIGHT * scale }}>
          <DrawingSurface
            page={page}
            settings={settings}
            scale={scale}
            onCommit={commit}
            background={background}
            label={t('canvas.label')}
            description={describePage(page, t)}
            handleRef={surface}
            pictures={pictures}
          />
          <ItemOverlay
            page={page}
            scale={scale}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onCommit={commit}
            onEditWords={(item) => setWords({ editing: item })}
          />
          <SwitchDrawPad page={page} settings={settings} scale={scale} onCommit={commit} />
        </div>
      </div>

      <div className="side-tools">
        <button type="button" className="tool-button tool-button--wide" aria-expanded={trayOpen} onClick={() => setTrayOpen((o) => !o)}>
          <Icon name="sticker" />
          <span>{t('tools.stickers')}</span>
        </button>
        {/* Every mode, "Fewer tools" too, keeps a way to give words and voice: the child's own words matter most. */}
        <button type="button" className="tool-button tool-button--wide" onClick={() => setWords({})}>
          <Icon name="words" />
          <span>{t('tools.addWords')}</span>
        </button>
        <RecordControl onRecorded={saveRecording} />
        {extraTools}
        <RecordingList
          recordings={recordings}
          loadBlob={(id) => blobs.loadBlob(id)}
          onTranscript={(id, text) => commit(updateItem(page.id, id, { transcript: text }))}
          onDelete={(id) => commit(removeItems(page.id, [id]))}
        />
      </div>

      {trayOpen && <StickerTray onPlace={placeSticker} onClose={() => setTrayOpen(false)} categories={stickerSets} />}
      {words && (
        <WordsDialog
          editing={words.editing}
          onSave={saveWords}
          onCancel={() => setWords(null)}
          onDelete={() => {
            if (words.editing) commit(removeItems(page.id, [words.editing.id]));
            setWords(null);
          }}
        />
      )}
    </div>
  );
}
