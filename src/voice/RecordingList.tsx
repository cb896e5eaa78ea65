import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingItem } from '../model/types';
import { Icon } from '../ui/icons';
import { VerbatimTextArea } from '../ui/VerbatimText';
import { formatDuration } from './recorder';
import { PlayRecordingButton } from './PlayRecordingButton';
import type { LoadBlob } from './PlayRecordingButton';

interface Props {
  recordings: RecordingItem[];
  loadBlob: LoadBlob;
  onTranscript(id: string, text: string): void;
  onDelete(id: string): void;
}

/** Typing pauses this long before the transcript is handed on: one undo step per burst, saved within a second. */
const TRANSCRIPT_SAVE_DELAY_MS = 400;

/**
 * A page's recordings. Every play button has the same name, "Play recording" (the UI contract
 * says one per recording); which one it is and how long it lasts is its description, so the
 * name stays stable for people and for tests.
 */
export function RecordingList({ recordings, loadBlob, onTranscript, onDelete }: Props) {
  const { t } = useTranslation('voice');
  if (recordings.length === 0) return null;
  return (
    <ul className="recording-list" aria-label={t('list.label')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {recordings.map((recording, index) => (
        <RecordingRow
          key={recording.id}
          recording={recording}
          number={index + 1}
          count={recordings.length}
          loadBlob={loadBlob}
          onTranscript={onTranscript}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}

interface RowProps {
  recording: RecordingItem;
  number: number;
  count: number;
  loadBlob: LoadBlob;
  onTranscript(id: string, text: string): void;
  onDelete(id: string): void;
}

function RecordingRow({ recording, number, count, loadBlob, onTranscript, onDelete }: RowProps) {
  const { t } = useTranslation('voice');
  const describedBy = useId();
  const duration = formatDuration(Math.round(recording.durationMs / 1000) * 1000);

  return (
    <li className="recording-row">
      <PlayRecordingButton recording={recording} loadBlob={loadBlob} describedBy={describedBy} />
      <span id={describedBy} className="recording-row__about">
        {t('list.describe', { number, count, duration })}
      </span>
      <TranscriptField recording={recording} onTranscript={onTranscript} />
      <button
        type="button"
        className="button recording-row__delete"
        onClick={() => {
          // Unmounting the row's play button stops its sound.
          onDelete(recording.id);
        }}
      >
        <Icon name="bin" />
        <span>{t('list.delete')}</span>
      </button>
    </li>
  );
}

/**
 * The transcript, exactly as typed (never trimmed or corrected). Kept as a local draft and
 * handed on after a pause in typing, when focus leaves, and when the row goes away.
 */
function TranscriptField({ recording, onTranscript }: { recording: RecordingItem; onTranscript(id: string, text: string): void }) {
  const { t } = useTranslation('voice');
  const saved = recording.transcript ?? '';
  const [draft, setDraft] = useState(saved);
  const [seenSaved, setSeenSaved] = useState(saved);
  const [lastSent, setLastSent] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);

  // The saved text changed from outside (undo, another screen): show it, unless it is just
  // what we sent ourselves, which would overwrite anything typed since.
  if (saved !== seenSaved) {
    setSeenSaved(saved);
    if (saved !== lastSent) {
      setDraft(saved);
      setLastSent(saved);
    }
  }

  const send = () => {
    clearTimeout(timer.current);
    const text = pending.current;
    pending.current = null;
    if (text === null || text === lastSent) return;
    setLastSent(text);
    onTranscript(recording.id, text);
  };

  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });
  useEffect(() => () => sendRef.current(), []);

  return (
    <div className="recording-row__transcript" onBlur={send}>
      <VerbatimTextArea
        label={t('list.transcript')}
        value={draft}
        rows={2}
        onChange={(text) => {
          setDraft(text);
          pending.current = text;
          clearTimeout(timer.current);
          timer.current = setTimeout(send, TRANSCRIPT_SAVE_DELAY_MS);
        }}
      />
    </div>
  );
}
