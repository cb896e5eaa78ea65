import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingItem } from '../model/types';
import { Icon } from '../ui/icons';
import { PlaybackError, playRecording } from './playback';
import type { PlaybackErrorCode, PlaybackHandle } from './playback';

export type LoadBlob = (blobId: string) => Promise<{ bytes: Uint8Array; mimeType: string } | undefined>;

type Problem = PlaybackErrorCode | 'missing';

interface Props {
  recording: RecordingItem;
  loadBlob: LoadBlob;
  /** Id of the element that says which recording it is and how long (the button's description). */
  describedBy?: string;
  className?: string;
}

/**
 * "Play recording" for one recording, wherever the child meets it: on the page, on the review,
 * in Read it back. The name stays "Play recording" (UI contract); while it plays it offers
 * "Stop playing". A problem is said calmly beside it, and nothing is ever deleted.
 */
export function PlayRecordingButton({ recording, loadBlob, describedBy, className }: Props) {
  const { t } = useTranslation('voice');
  // 'playing' covers loading too: the button says "Stop playing" from the first tap.
  const [playing, setPlaying] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const handle = useRef<PlaybackHandle | null>(null);
  /** Bumped on every play/stop, so a load that finishes after Stop does not start playing. */
  const attempt = useRef(0);

  const stop = () => {
    attempt.current += 1;
    handle.current?.stop();
    handle.current = null;
    setPlaying(false);
  };

  const play = async () => {
    const mine = ++attempt.current;
    setProblem(null);
    setPlaying(true);
    try {
      const audio = await loadBlob(recording.blobId);
      if (mine !== attempt.current) return;
      if (!audio) {
        setProblem('missing');
        setPlaying(false);
        return;
      }
      // Copied into a fresh ArrayBuffer: Blob wants plain buffers, and the store's bytes may sit in a shared one.
      const blob = new Blob([audio.bytes.slice()], { type: audio.mimeType || recording.mimeType });
      const started = await playRecording(blob, audio.mimeType || recording.mimeType);
      if (mine !== attempt.current) {
        started.stop();
        return;
      }
      handle.current = started;
      started.onEnd(() => {
        if (handle.current !== started) return;
        handle.current = null;
        setPlaying(false);
      });
    } catch (err) {
      if (mine !== attempt.current) return;
      setProblem(err instanceof PlaybackError ? err.code : 'playback-failed');
      setPlaying(false);
    }
  };

  useEffect(
    () => () => {
      attempt.current += 1;
      handle.current?.stop();
    },
    [],
  );

  return (
    <>
      <button
        type="button"
        className={className ?? 'tool-button tool-button--wide recording-row__play'}
        aria-describedby={describedBy}
        onClick={() => (playing ? stop() : void play())}
      >
        <Icon name={playing ? 'stop' : 'play'} />
        <span>{playing ? t('list.stopPlaying') : t('list.play')}</span>
      </button>
      {problem && (
        <p className="recording-row__problem" role="alert">
          {t(`list.${problem}`)}
        </p>
      )}
    </>
  );
}
