import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Page, RecordingItem } from '../../model/types';
import type { InkPictureStore } from '../../canvas/inkPicture';
import { PageThumbnail } from '../../canvas/PageThumbnail';
import { getSticker, stickerNameKey, stickerUrl } from '../../stickers/catalogue';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { PlayRecordingButton } from '../../voice/PlayRecordingButton';
import type { LoadBlob } from '../../voice/PlayRecordingButton';
import { formatDuration } from '../../voice/recorder';

/** One line of the read-back: the drawing (once, where it was begun), or one item. */
type Entry = { kind: 'drawing'; id: 'drawing' } | { kind: 'item'; id: string; item: Exclude<Item, { kind: 'stroke' }> };

/**
 * Everything on the page in the order it was made, so the drawing comes where the child began it.
 * Strokes are one entry: "a drawing" (docs/PRACTICE.md rule 3: the app never says what it shows).
 */
export function readBackEntries(page: Page): Entry[] {
  const byTime = page.items.map((item, index) => ({ item, index })).sort((a, b) => a.item.createdAt.localeCompare(b.item.createdAt) || a.index - b.index);
  const entries: Entry[] = [];
  for (const { item } of byTime) {
    if (item.kind === 'stroke') {
      if (!entries.some((e) => e.kind === 'drawing')) entries.push({ kind: 'drawing', id: 'drawing' });
    } else {
      entries.push({ kind: 'item', id: item.id, item });
    }
  }
  return entries;
}

interface Props {
  page: Page;
  placeName: string;
  lang: string;
  loadBlob: LoadBlob;
  pictures?: InkPictureStore;
}

/**
 * "Read it back" (docs/PRACTICE.md rule 8): everything in a place, on screen and aloud, in the order it
 * was made: the drawing, stickers by name, words with whose words they are, recordings to play
 * and their transcripts. It matters most for a child who cannot read.
 */
export function ReadBack({ page, placeName, lang, loadBlob, pictures }: Props) {
  const { t } = useTranslation();
  const entries = readBackEntries(page);
  const who = (speaker: string) => t(`speaker.${speaker}`);
  const drawingText = page.drawingLabel ? t('activity.readBackDrawingCalled', { label: page.drawingLabel }) : t('activity.readBackDrawing');

  const spoken = (e: Entry): string[] => {
    if (e.kind === 'drawing') return [drawingText];
    const item = e.item;
    if (item.kind === 'sticker') return [t(stickerNameKey(item.stickerId), { ns: 'stickers' })];
    if (item.kind === 'words') return [`${who(item.speaker)}: ${item.text}`];
    return [t('activity.readBackRecording', { who: who(item.speaker) }), ...(item.transcript?.trim() ? [item.transcript] : [])];
  };

  return (
    <section className="read-back" aria-label={t('activity.readBack')}>
      <h3>{t('activity.readBackTitle', { place: placeName })}</h3>
      {entries.length === 0 ? (
        <p>{t('activity.readBackNothing')}</p>
      ) : (
        <ol className="read-back__list">
          {entries.map((e) => (
            <li key={e.id} className="read-back__entry">
              {e.kind === 'drawing' ? (
                <>
                  <StrokesOnly page={page} pictures={pictures} />
                  <span>{drawingText}</span>
                </>
              ) : (
                <ItemLine item={e.item} loadBlob={loadBlob} />
              )}
            </li>
          ))}
        </ol>
      )}
      <ReadAloudButton label={t('activity.readBackAloud')} texts={() => [placeName, ...entries.flatMap(spoken)]} lang={lang} />
    </section>
  );
}

function ItemLine({ item, loadBlob }: { item: Exclude<Item, { kind: 'stroke' }>; loadBlob: LoadBlob }) {
  const { t } = useTranslation();
  if (item.kind === 'sticker') {
    const s = getSticker(item.stickerId);
    return (
      <>
        {s && <img className="read-back__sticker" src={stickerUrl(s.file)} alt="" />}
        <span>{t(stickerNameKey(item.stickerId), { ns: 'stickers' })}</span>
      </>
    );
  }
  if (item.kind === 'words') {
    return (
      <span>
        <span className="who">{t(`speaker.${item.speaker}`)}:</span> <q dir="auto">{item.text}</q>
      </span>
    );
  }
  return <RecordingLine recording={item} loadBlob={loadBlob} />;
}

function RecordingLine({ recording, loadBlob }: { recording: RecordingItem; loadBlob: LoadBlob }) {
  const { t } = useTranslation();
  const duration = formatDuration(Math.round(recording.durationMs / 1000) * 1000);
  return (
    <span className="read-back__recording">
      <PlayRecordingButton recording={recording} loadBlob={loadBlob} className="button read-back__play" />
      <span>{t('review.recordingAbout', { who: t(`speaker.${recording.speaker}`), duration })}</span>
      {recording.transcript?.trim() ? (
        <span className="read-back__transcript">
          {t('review.transcript')} <q dir="auto">{recording.transcript}</q>
        </span>
      ) : null}
    </span>
  );
}

/** The page's drawing as a miniature, without the stickers and words listed beside it. */
function StrokesOnly({ page, pictures }: { page: Page; pictures?: InkPictureStore }) {
  const strokesOnly = useMemo(() => ({ ...page, items: page.items.filter((i) => i.kind === 'stroke') }), [page]);
  return <PageThumbnail page={strokesOnly} pictures={pictures} />;
}
