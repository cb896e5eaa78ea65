import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordingItem } from '../../../src/model/types';
import { stubObjectUrls } from './howlerMock';
import { makeVoiceI18n } from './i18n';

const howler = await vi.hoisted(async () => (await import('./howlerMock')).makeHowlerMock());
vi.mock('howler', () => howler.module);

const { RecordingList } = await import('../../../src/voice/RecordingList');
const { stopPlayback } = await import('../../../src/voice/playback');

let i18nInstance: i18n;

beforeAll(async () => {
  i18nInstance = await makeVoiceI18n();
});

beforeEach(() => {
  howler.state.outcome = 'play';
  howler.state.instances.length = 0;
  stubObjectUrls();
});

afterEach(() => stopPlayback());

function recording(id: string, durationMs: number, extra: Partial<RecordingItem> = {}): RecordingItem {
  return {
    id,
    kind: 'recording',
    blobId: `blob-${id}`,
    mimeType: 'audio/webm',
    durationMs,
    speaker: 'child',
    x: 0,
    y: 0,
    createdAt: '2025-01-01T10:00:00.000Z',
    ...extra,
  };
}

type LoadBlob = (blobId: string) => Promise<{ bytes: Uint8Array; mimeType: string } | undefined>;

function renderList(recordings: RecordingItem[], overrides: { loadBlob?: LoadBlob } = {}) {
  const loadBlob = vi.fn<LoadBlob>(overrides.loadBlob ?? (async () => ({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'audio/mp4' })));
  const onTranscript = vi.fn<(id: string, text: string) => void>();
  const onDelete = vi.fn<(id: string) => void>();
  const ui = (items: RecordingItem[]) => (
    <I18nextProvider i18n={i18nInstance}>
      <RecordingList recordings={items} loadBlob={loadBlob} onTranscript={onTranscript} onDelete={onDelete} />
    </I18nextProvider>
  );
  const utils = render(ui(recordings));
  return { loadBlob, onTranscript, onDelete, rerenderWith: (items: RecordingItem[]) => utils.rerender(ui(items)), ...utils };
}

describe('RecordingList', () => {
  it('renders nothing for a page without recordings', () => {
    const { container } = renderList([]);
    expect(container).toBeEmptyDOMElement();
  });

  it('gives every recording a button named exactly "Play recording", told apart by its description', () => {
    renderList([recording('a', 4_400), recording('b', 75_000), recording('c', 1_000)]);
    const buttons = screen.getAllByRole('button', { name: 'Play recording' });
    expect(buttons).toHaveLength(3);
    expect(buttons[0]).toHaveAccessibleDescription('Recording 1 of 3, 00:04 long');
    expect(buttons[1]).toHaveAccessibleDescription('Recording 2 of 3, 01:15 long');
    expect(screen.getAllByRole('button', { name: 'Delete recording' })).toHaveLength(3);
    expect(screen.getAllByLabelText('What was said (typed exactly)')).toHaveLength(3);
  });

  it('loads the audio when played, plays it with its own type, and toggles to Stop playing', async () => {
    const { loadBlob } = renderList([recording('a', 2000), recording('b', 3000)]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Play recording' })[1]);
    expect(await screen.findByRole('button', { name: 'Stop playing' })).toBeInTheDocument();
    expect(loadBlob).toHaveBeenCalledWith('blob-b');
    await waitFor(() => expect(howler.state.instances).toHaveLength(1));
    expect(howler.state.instances[0].options.format).toEqual(['mp4']);

    // Played to the end: back to Play recording.
    await waitFor(() => expect(howler.state.instances[0].play).toHaveBeenCalled());
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
      howler.state.instances[0].finish();
    });
    expect(screen.getAllByRole('button', { name: 'Play recording' })).toHaveLength(2);
  });

  it('stops playing when Stop playing is pressed', async () => {
    renderList([recording('a', 2000)]);
    fireEvent.click(screen.getByRole('button', { name: 'Play recording' }));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Stop playing' }));
    expect(screen.getByRole('button', { name: 'Play recording' })).toBeInTheDocument();
    expect(howler.state.instances[0].stop).toHaveBeenCalled();
  });

  it('says so when the audio cannot be found', async () => {
    renderList([recording('a', 2000)], { loadBlob: async () => undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Play recording' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This recording could not be found on this tablet.');
    expect(screen.getByRole('button', { name: 'Play recording' })).toBeInTheDocument();
  });

  it('says so when this browser cannot play the file', async () => {
    howler.state.outcome = 'loaderror';
    renderList([recording('a', 2000)]);
    fireEvent.click(screen.getByRole('button', { name: 'Play recording' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot play this recording.');
    expect(screen.getByRole('button', { name: 'Play recording' })).toBeInTheDocument();
  });

  it('calls onDelete with the recording id', () => {
    const { onDelete } = renderList([recording('a', 2000), recording('b', 2000)]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete recording' })[1]);
    expect(onDelete).toHaveBeenCalledWith('b');
  });

  it('hands on the transcript exactly as typed, once typing pauses', async () => {
    const { onTranscript } = renderList([recording('a', 2000)]);
    const field = screen.getByLabelText('What was said (typed exactly)');
    expect(field).toHaveAttribute('spellcheck', 'false');
    fireEvent.change(field, { target: { value: 'mummy  sed no ' } });
    expect(onTranscript).not.toHaveBeenCalled();
    await waitFor(() => expect(onTranscript).toHaveBeenCalledWith('a', 'mummy  sed no '));
    expect(onTranscript).toHaveBeenCalledTimes(1);
  });

  it('hands on the transcript at once when focus leaves the field', () => {
    const { onTranscript } = renderList([recording('a', 2000)]);
    const field = screen.getByLabelText('What was said (typed exactly)');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'the dog' } });
    fireEvent.blur(field);
    expect(onTranscript).toHaveBeenCalledWith('a', 'the dog');
  });

  it('shows a saved transcript, and follows it when it changes from outside (undo)', () => {
    const { rerenderWith } = renderList([recording('a', 2000, { transcript: 'first' })]);
    const field = screen.getByLabelText<HTMLTextAreaElement>('What was said (typed exactly)');
    expect(field.value).toBe('first');
    rerenderWith([recording('a', 2000, { transcript: 'older' })]);
    expect(field.value).toBe('older');
  });
});
