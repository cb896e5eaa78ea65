import { useCallback, useRef, useState } from 'react';
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
import { DrawingTools, UndoRedo } from '../../canvas/DrawingTools';
import { ToolPicture } from '../../canvas/toolPictures';
import { freeSpot, inkCells, takenBoxes } from '../../canvas/freeSpot';
import { STICKER_SIZE } from '../../canvas/ItemOverlay';
import { measureWordsCard } from '../../canvas/wordsCard';
import { useToolRows } from '../../canvas/useToolRows';
import '../../canvas/drawing.css';
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
  // Open while there are recordings, so each `Play recording` is there to tap; the child can fold it away.
  const [recordingsOpen, setRecordingsOpen] = useState(true);
  // The bin is the overlay's (stickers are dragged onto it) but sits with the tools beside the page.
  const [binSlot, setBinSlot] = useState<HTMLDivElement | null>(null);
  const stageWrap = useRef<HTMLDivElement>(null);
  const stageBox = useRef<HTMLDivElement>(null);
  const drawingPage = useRef<HTMLDivElement>(null);
  useToolRows(drawingPage);
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

  /** Everything already on or over the page (stickers, words, the bin, an open tray), page units. */
  const taken = () => (stageBox.current && scale > 0 ? takenBoxes(stageBox.current, scale) : []);

  // A dropped sticker goes where it was dropped; a tapped one on a free spot, the first in the
  // middle, never on another sticker, a word card or under the open tray: visible at once.
  const placeSticker = (stickerId: string, at?: { clientX: number; clientY: number }) => {
    let p = at && surface.current?.toPage(at.clientX, at.clientY);
    if (!p) {
      const half = STICKER_SIZE / 2;
      const spot = freeSpot(taken(), STICKER_SIZE, STICKER_SIZE, { x: PAGE_WIDTH / 2 - half, y: PAGE_HEIGHT / 2 - half });
      p = { x: spot.x + half, y: spot.y + half };
    }
    commit(addItem(page.id, { id: newId(), kind: 'sticker', stickerId, x: p.x, y: p.y, scale: 1, createdAt: nowIso() }));
  };

  /**
   * New words go on a free spot near the top of the page, sized as the card will be, and off the
   * child's drawing when there is room for that.
   */
  const wordsSpot = (text: string, speaker: WordsItem['speaker']) => {
    const size = stageBox.current ? measureWordsCard(stageBox.current, text, speaker) : { w: 420, h: 160 };
    const ink = inkCells(page.items.flatMap((i) => (i.kind === 'stroke' ? [i] : [])));
    return freeSpot(taken(), size.w, size.h, { x: 40, y: 40 }, ink);
  };

  const saveWords = (draft: WordsDraft) => {
    const editing = words?.editing;
    if (editing) commit(updateItem(page.id, editing.id, draft));
    else commit(addItem(page.id, { id: newId(), kind: 'words', ...draft, ...wordsSpot(draft.text, draft.speaker), promptKey, createdAt: nowIso() }));
    setWords(null);
  };

  const saveRecording = async (rec: RecordedAudio) => {
    const blobId = newId();
    // The audio is stored first (encrypted, or held in memory and retried), then the item that
    // points at it, so a recording on the page always has its sound.
    await blobs.saveBlob(blobId, store.get().id, rec.blob, rec.mimeType);
    // The child hears what they just said at once: the list (with Play recording) opens.
    setRecordingsOpen(true);
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
  // Undo is refused mid-gesture: one finished gesture is one step. Stable callbacks, so the tools
  // (memoised) are not rebuilt for every stroke.
  const onUndo = useCallback(() => {
    if (!surface.current?.gestureActive()) store.undo(pageId);
  }, [store, pageId]);
  const onRedo = useCallback(() => {
    if (!surface.current?.gestureActive()) store.redo(pageId);
  }, [store, pageId]);

  return (
    <div ref={drawingPage} className="drawing-page" data-tray={trayOpen ? 'open' : undefined}>
      <p className="drawing-page__too-small" role="note">
        {t('drawing.tooSmall')}
      </p>
      <DrawingTools settings={settings} onSettings={setSettings} fewerTools={fewerTools} />

      <div className="stage-wrap" ref={stageWrap}>
        <div className="stage-box" ref={stageBox} style={{ width: PAGE_WIDTH * scale, height: PAGE_HEIGHT * scale }}>
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
            binSlot={binSlot}
          />
          <SwitchDrawPad page={page} settings={settings} scale={scale} onCommit={commit} />
        </div>
      </div>

      <div className="tool-column tool-column--end" role="group" aria-label={t('tools.pageTools')}>
        <UndoRedo canUndo={canUndo} canRedo={canRedo} onUndo={onUndo} onRedo={onRedo} />
        <button type="button" className="tool-button" aria-expanded={trayOpen} onClick={() => setTrayOpen((o) => !o)}>
          <ToolPicture name="stickers" />
          <span>{t('tools.stickers')}</span>
        </button>
        {/* Every mode, "Fewer tools" too, keeps a way to give words and voice: the child's own words matter most. */}
        <button type="button" className="tool-button" onClick={() => setWords({})}>
          <ToolPicture name="words" />
          <span>{t('tools.addWords')}</span>
        </button>
        <RecordControl onRecorded={saveRecording} />
        {extraTools}
        {recordings.length > 0 && (
          <button type="button" className="tool-button" aria-expanded={recordingsOpen} onClick={() => setRecordingsOpen((o) => !o)}>
            <Icon name="list" size={32} />
            <span>
              {t('tools.recordings')} {recordings.length}
            </span>
          </button>
        )}
        <div className="bin-slot" ref={setBinSlot} />
      </div>
      {recordingsOpen && recordings.length > 0 && (
        <div className="recordings-popover">
          <RecordingList
            recordings={recordings}
            loadBlob={(id) => blobs.loadBlob(id)}
            onTranscript={(id, text) => commit(updateItem(page.id, id, { transcript: text }))}
            onDelete={(id) => commit(removeItems(page.id, [id]))}
          />
        </div>
      )}

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
