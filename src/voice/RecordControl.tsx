import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/icons';
import { MAX_RECORDING_MS, formatDuration, startRecording, toMicError } from './recorder';
import type { MicErrorCode, RecordedAudio, RecordingSession } from './recorder';
import { stopPlayback } from './playback';
import { stopSpeaking } from './speech';
import { registerPendingWork } from '../store/pendingWork';

interface Props {
  /** May return a promise (the save); locking waits for it. */
  onRecorded(rec: RecordedAudio): void | Promise<void>;
  disabled?: boolean;
  /** Longest recording before it stops by itself. Defaults to 5 minutes. */
  maxDurationMs?: number;
}

type Phase = 'idle' | 'starting' | 'recording' | 'stopping';
type Note = 'maxLength' | 'interrupted' | 'empty' | 'failedToStop';
type StopReason = 'user' | 'max' | 'interrupted' | 'unmount' | 'lock';

/**
 * The Record tool: one big button that becomes "Stop recording", a live level meter and the
 * time recorded. It is one button element throughout, so keyboard and switch focus stays on
 * it when it changes. Microphone problems are explained calmly and never block the other
 * tools; the button stays usable so the worker can try again after fixing the cause.
 */
export function RecordControl({ onRecorded, disabled = false, maxDurationMs = MAX_RECORDING_MS }: Props) {
  const { t } = useTranslation('voice');
  const [phase, setPhase] = useState<Phase>('idle');
  const [elapsedSeconds, setElapsedSeconds] = useState(0);
  const [error, setError] = useState<MicErrorCode | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const meterBar = useRef<HTMLDivElement>(null);
  const session = useRef<RecordingSession | null>(null);
  /** Bumped on unmount, so a microphone that opens after the control has gone is closed at once. */
  const generation = useRef(0);
  const onRecordedRef = useRef(onRecorded);

  useEffect(() => {
    onRecordedRef.current = onRecorded;
  }, [onRecorded]);

  /** The stop in progress, so a lock arriving during it waits for the same save. */
  const finishing = useRef<Promise<void> | null>(null);
  const unregisterLock = useRef<(() => void) | null>(null);

  const finish = (reason: StopReason): Promise<void> => {
    if (finishing.current) return finishing.current;
    const done = finishOnce(reason).finally(() => {
      finishing.current = null;
      unregisterLock.current?.();
      unregisterLock.current = null;
    });
    finishing.current = done;
    return done;
  };

  const finishOnce = async (reason: StopReason) => {
    const running = session.current;
    if (!running) return;
    session.current = null;
    setPhase('stopping');
    try {
      const recorded = await running.stop();
      if (recorded.blob.size > 0) {
        // Awaited: Lock must not drop the key until the audio and its item are saved.
        await onRecordedRef.current(recorded);
        if (reason === 'max') setNote('maxLength');
        else if (reason === 'interrupted') setNote('interrupted');
      } else {
        setNote('empty');
      }
    } catch {
      setNote('failedToStop');
    } finally {
      setPhase('idle');
    }
  };

  // Leaving the page mid-recording (the child's Stop, another house) keeps what was said:
  // nothing the child made is lost (docs/PRACTICE.md rule 6).
  const finishRef = useRef(finish);
  useEffect(() => {
    finishRef.current = finish;
  });
  useEffect(
    () => () => {
      generation.current += 1;
      void finishRef.current('unmount');
    },
    [],
  );

  const start = async () => {
    if (phase !== 'idle' || disabled) return;
    setError(null);
    setNote(null);
    setElapsedSeconds(0);
    // The microphone would pick up a recording or the read-aloud voice playing from the tablet.
    stopPlayback();
    stopSpeaking();
    setPhase('starting');
    const myGeneration = generation.current;
    try {
      const started = await startRecording({
        onLevel: (level) => {
          if (meterBar.current) meterBar.current.style.width = `${Math.round(level * 100)}%`;
        },
        onTick: (elapsedMs) => {
          // Same whole second -> same state -> React skips the render.
          setElapsedSeconds(Math.floor(elapsedMs / 1000));
          if (elapsedMs >= maxDurationMs) void finish('max');
        },
        onInterrupted: () => void finish('interrupted'),
      });
      if (myGeneration !== generation.current) {
        started.cancel();
        return;
      }
      session.current = started;
      setPhase('recording');
      // Lock (by hand or idle) stops and saves this recording before the vault closes.
      unregisterLock.current = registerPendingWork(() => finishRef.current('lock'));
    } catch (err) {
      setError(toMicError(err).code);
      setPhase('idle');
    }
  };

  const recording = phase === 'recording' || phase === 'stopping';
  const busy = phase === 'starting' || phase === 'stopping';

  return (
    <div className={`record-control${recording ? ' record-control--recording' : ''}`}>
      <button
        type="button"
        className="tool-button tool-button--wide record-control__button"
        style={{ minWidth: 64, minHeight: 64 }}
        disabled={phase === 'idle' && disabled}
        // aria-disabled rather than disabled while busy: a disabled button drops keyboard focus.
        aria-disabled={busy || undefined}
        onClick={() => {
          if (busy) return;
          if (phase === 'recording') void finish('user');
          else void start();
        }}
      >
        <Icon name={recording ? 'stop' : 'mic'} />
        <span>{recording ? t('record.stop') : t('record.button')}</span>
      </button>

      {recording && (
        <div className="record-control__live">
          <div
            className="record-control__meter"
            aria-hidden="true"
            style={{ height: 10, width: '100%', borderRadius: 5, overflow: 'hidden', background: 'var(--line, #d5d9e0)' }}
          >
            <div ref={meterBar} className="record-control__level" style={{ height: '100%', width: '0%', background: 'var(--accent, #2456a6)' }} />
          </div>
          <span className="record-control__timer" role="timer" aria-live="off">
            {formatDuration(elapsedSeconds * 1000)}
          </span>
        </div>
      )}

      <p className="record-control__status" role="status">
        {phase === 'starting' ? t('record.starting') : note ? t(`record.${note}`, { count: Math.max(1, Math.round(maxDurationMs / 60000)) }) : ''}
      </p>

      {error && (
        <p className="record-control__error" role="alert">
          {t(`errors.${error}`)} {t('errors.otherWays')}
        </p>
      )}
    </div>
  );
}
