import type { RecordingItem, ScaleAnswer } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import type { BlobStore } from '../../store/blobStore';
import type { RecordedAudio } from '../../voice/recorder';
import { upsertScale } from '../../store/commands';
import { newId, nowIso } from '../../model/ids';
import { useAccess } from '../../ui/access';
import { RecordControl } from '../../voice/RecordControl';
import { RecordingList } from '../../voice/RecordingList';

interface Props {
  scale: ScaleAnswer;
  store: SessionStore;
  blobs: BlobStore;
}

/** The scale with one recording added at the end (kept apart so it can be tested without a microphone). */
export function withRecording(scale: ScaleAnswer, recording: RecordingItem): ScaleAnswer {
  return { ...scale, recordings: [...(scale.recordings ?? []), recording] };
}

/**
 * "Why this number?" said out loud: Record, and the scale's recordings to play back, type out
 * or delete. Shown once the child has rated, so the scale is already saved and the recording
 * has an answer to belong to.
 */
export function ScaleRecordings({ scale, store, blobs }: Props) {
  // Beginner mode leaves Record out, as on the drawing pages; what was recorded still plays.
  const { fewerTools } = useAccess();
  const recordings = scale.recordings ?? [];

  // Recording ends after an await, and the child may have changed the number meanwhile: every
  // change starts from the saved scale as it is now, not as it was when this rendered.
  const change = (update: (saved: ScaleAnswer) => ScaleAnswer) => {
    const saved = store.get().scales.find((s) => s.id === scale.id);
    if (saved) store.apply(upsertScale(update(saved)));
  };

  const save = async (rec: RecordedAudio) => {
    const blobId = newId();
    // The audio first (encrypted, or held in memory and retried), then the item pointing at it,
    // so a recording on the scale always has its sound.
    await blobs.saveBlob(blobId, store.get().id, rec.blob, rec.mimeType);
    change((saved) =>
      withRecording(saved, {
        id: newId(),
        kind: 'recording',
        blobId,
        mimeType: rec.mimeType,
        durationMs: Math.round(rec.durationMs),
        speaker: 'child',
        x: 0,
        y: 0,
        createdAt: nowIso(),
      }),
    );
  };

  return (
    <div className="scale-recordings">
      {!fewerTools && <RecordControl onRecorded={save} />}
      <RecordingList
        recordings={recordings}
        loadBlob={(id) => blobs.loadBlob(id)}
        onTranscript={(id, transcript) => change((saved) => ({ ...saved, recordings: saved.recordings?.map((r) => (r.id === id ? { ...r, transcript } : r)) }))}
        onDelete={(id) => change((saved) => ({ ...saved, recordings: saved.recordings?.filter((r) => r.id !== id) }))}
      />
    </div>
  );
}
