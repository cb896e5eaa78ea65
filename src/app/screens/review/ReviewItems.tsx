import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, RecordingItem, ScaleAnswer, Speaker } from '../../../model/types';
import type { InkPictureStore } from '../../../canvas/inkPicture';
import type { Shareable } from '../../../model/shareables';
import { PageThumbnail } from '../../../canvas/PageThumbnail';
import { getSticker, stickerUrl } from '../../../stickers/catalogue';
import { ReadAloudButton } from '../../../ui/ReadAloudButton';
import { PlayRecordingButton } from '../../../voice/PlayRecordingButton';
import type { LoadBlob } from '../../../voice/PlayRecordingButton';
import { formatDuration } from '../../../voice/recorder';

/**
 * One thing the child can share or leave out, shown as the child made it (docs/PRACTICE.md rule 7):
 * the drawing as a miniature, a sticker as its picture and name, words as a quote with whose
 * words they are and a button that reads just these words, a recording with its own player,
 * its length and its transcript. The checkbox sits in its own large target, apart from the
 * buttons, so playing or listening never ticks or unticks anything.
 */
export function ShareableRow({
  entry,
  label,
  describe,
  pictures,
  loadBlob,
  lang,
  onShare,
}: {
  entry: Shareable;
  /** The checkbox's name: "Share ..." (UI contract). */
  label: string;
  describe: string;
  pictures: InkPictureStore;
  loadBlob: LoadBlob;
  lang: string;
  onShare(shared: boolean): void;
}) {
  return (
    <li className={entry.shared ? 'review-item' : 'review-item review-item--out'}>
      <ShareBox checked={entry.shared} label={label} onChange={onShare} />
      <div className="review-item__body">
        <ItemContent entry={entry} describe={describe} pictures={pictures} loadBlob={loadBlob} lang={lang} />
      </div>
      <NotSharedMark shared={entry.shared} />
    </li>
  );
}

/** The 64 px target around a share checkbox: a child's finger, not a mouse pointer. */
export function ShareBox({ checked, label, onChange }: { checked: boolean; label: string; onChange(checked: boolean): void }) {
  return (
    <label className="review-item__check">
      <input type="checkbox" checked={checked} aria-label={label} onChange={(ev) => onChange(ev.target.checked)} />
    </label>
  );
}

export function NotSharedMark({ shared }: { shared: boolean }) {
  const { t } = useTranslation();
  return shared ? null : <span className="review-item__out">{t('review.notShared')}</span>;
}

function ItemContent({
  entry,
  describe,
  pictures,
  loadBlob,
  lang,
}: {
  entry: Shareable;
  describe: string;
  pictures: InkPictureStore;
  loadBlob: LoadBlob;
  lang: string;
}) {
  const { t } = useTranslation();
  if (entry.kind === 'drawing') {
    return (
      <>
        <DrawingPicture page={entry.page} pictures={pictures} />
        <span className="review-item__text">{describe}</span>
      </>
    );
  }
  const item = entry.item;
  if (item.kind === 'sticker') {
    const s = getSticker(item.stickerId);
    return (
      <>
        {s && <img className="review-item__sticker" src={stickerUrl(s.file)} alt="" />}
        <span className="review-item__text">{describe}</span>
      </>
    );
  }
  if (item.kind === 'words') {
    return (
      <>
        <WordsQuote text={item.text} speaker={item.speaker} />
        <ReadAloudButton texts={() => [item.text]} lang={lang} label={t('review.readWords')} className="button review-item__listen" />
      </>
    );
  }
  if (item.kind === 'recording') return <RecordingContent recording={item} loadBlob={loadBlob} />;
  return null;
}

/** Words with whose words they are, said before them (docs/PRACTICE.md rule 2). */
export function WordsQuote({ text, speaker }: { text: string; speaker: Speaker }) {
  const { t } = useTranslation();
  return (
    <span className="review-item__text">
      <span className="who">{t(`speaker.${speaker}`)}:</span> <q dir="auto">{text}</q>
    </span>
  );
}

/** A recording on the review: its player, how long it is, whose voice, and its transcript. */
export function RecordingContent({ recording, loadBlob }: { recording: RecordingItem; loadBlob: LoadBlob }) {
  const { t } = useTranslation();
  const about = useId();
  const duration = formatDuration(Math.round(recording.durationMs / 1000) * 1000);
  return (
    <span className="review-item__recording">
      <PlayRecordingButton recording={recording} loadBlob={loadBlob} describedBy={about} className="button review-item__play" />
      <span id={about} className="review-item__text">
        {t('review.recordingAbout', { who: t(`speaker.${recording.speaker}`), duration })}
      </span>
      {recording.transcript?.trim() ? (
        <span className="review-item__text review-item__transcript">
          {t('review.transcript')} <q dir="auto">{recording.transcript}</q>
        </span>
      ) : null}
    </span>
  );
}

/** A scale the child answered: the question, the number, the child's why, and any recorded answers. */
export function ScaleRow({ scale, loadBlob, label, onShare }: { scale: ScaleAnswer; loadBlob: LoadBlob; label: string; onShare(shared: boolean): void }) {
  return (
    <li className={scale.shared ? 'review-item' : 'review-item review-item--out'}>
      <ShareBox checked={scale.shared} label={label} onChange={onShare} />
      <div className="review-item__body">
        <span className="review-item__text">
          {scale.question} <strong>{scale.value}</strong>
        </span>
        {scale.why?.text.trim() ? <WordsQuote text={scale.why.text} speaker={scale.why.speaker} /> : null}
        {(scale.recordings ?? []).map((r) => (
          <RecordingContent key={r.id} recording={r} loadBlob={loadBlob} />
        ))}
      </div>
      <NotSharedMark shared={scale.shared} />
    </li>
  );
}

/**
 * A drawing as the child will share it: its strokes only. The strokes-only page is kept while the
 * page is unchanged, so ticking a box on the review does not make a miniature of thousands of
 * strokes check its picture again.
 */
function DrawingPicture({ page, pictures }: { page: Page; pictures: InkPictureStore }) {
  const strokesOnly = useMemo(() => ({ ...page, items: page.items.filter((i) => i.kind === 'stroke') }), [page]);
  return <PageThumbnail page={strokesOnly} pictures={pictures} />;
}
