import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordControl } from '../../../src/voice/RecordControl';
import type { RecordedAudio } from '../../../src/voice/recorder';
import { FakeAudioContext, FakeMediaRecorder, controlClock, domError, installMicrophone, uninstallMicrophone } from './fakes';
import { makeVoiceI18n } from './i18n';

let i18nInstance: i18n;
let clock: ReturnType<typeof controlClock>;

beforeAll(async () => {
  i18nInstance = await makeVoiceI18n();
});

beforeEach(() => {
  clock = controlClock();
});

afterEach(() => {
  clock.restore();
  uninstallMicrophone();
});

function renderControl(props: Partial<Parameters<typeof RecordControl>[0]> = {}) {
  const onRecorded = vi.fn<(rec: RecordedAudio) => void>();
  const utils = render(
    <I18nextProvider i18n={i18nInstance}>
      <RecordControl onRecorded={onRecorded} {...props} />
    </I18nextProvider>,
  );
  return { onRecorded, ...utils };
}

describe('RecordControl', () => {
  it('starts with a big Record button and no alert', () => {
    installMicrophone();
    renderControl();
    const record = screen.getByRole('button', { name: 'Record' });
    expect(record).toBeEnabled();
    expect(record.style.minHeight).toBe('64px');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows Stop recording, a timer and a hidden level meter while recording, then hands over the recording', async () => {
    const { getUserMedia, stream } = installMicrophone();
    const { onRecorded, container } = renderControl();

    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    const stop = await screen.findByRole('button', { name: 'Stop recording' });
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Record' })).toBeNull();

    const timer = screen.getByRole('timer');
    expect(timer).toHaveAttribute('aria-live', 'off');
    expect(timer).toHaveTextContent('00:00');
    const meter = container.querySelector('.record-control__meter');
    expect(meter).toHaveAttribute('aria-hidden', 'true');
    // The level is written straight to the bar's style, frame by frame.
    await waitFor(() => expect(parseInt((container.querySelector('.record-control__level') as HTMLElement).style.width)).toBeGreaterThan(0));

    clock.advance(65_000);
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('01:05'));

    fireEvent.click(stop);
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    const recorded = onRecorded.mock.calls[0][0];
    expect(recorded.blob).toBeInstanceOf(Blob);
    expect(recorded.blob.size).toBeGreaterThan(0);
    expect(recorded.mimeType).toBe('audio/webm');
    expect(recorded.durationMs).toBe(65_000);

    expect(await screen.findByRole('button', { name: 'Record' })).toBeEnabled();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(stream.track.stop).toHaveBeenCalled();
    expect(FakeAudioContext.instances[0].close).toHaveBeenCalled();
  });

  it('keeps keyboard focus on the same button from Record to Stop recording', async () => {
    installMicrophone();
    renderControl();
    const record = screen.getByRole('button', { name: 'Record' });
    record.focus();
    fireEvent.click(record);
    const stop = await screen.findByRole('button', { name: 'Stop recording' });
    expect(stop).toBe(record);
    expect(stop).toHaveFocus();
  });

  it('explains a blocked microphone calmly in an alert, and Record stays usable', async () => {
    const { getUserMedia } = installMicrophone(domError('NotAllowedError'));
    const { onRecorded } = renderControl();

    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The microphone is blocked. To record, allow the microphone for this app in the browser');
    expect(alert).toHaveTextContent('You can still draw, type words and use stickers.');
    const record = screen.getByRole('button', { name: 'Record' });
    expect(record).toBeEnabled();
    expect(record).not.toHaveAttribute('aria-disabled');
    expect(onRecorded).not.toHaveBeenCalled();

    // Trying again asks again, and the old message goes once it works.
    getUserMedia.mockResolvedValueOnce(new (await import('./fakes')).FakeStream());
    fireEvent.click(record);
    await screen.findByRole('button', { name: 'Stop recording' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['NotFoundError', 'No microphone was found'],
    ['NotReadableError', 'in use by another app'],
    ['WeirdError', 'could not start'],
  ])('explains %s', async (name, text) => {
    installMicrophone(domError(name));
    renderControl();
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('explains a browser that cannot record at all', async () => {
    installMicrophone();
    vi.stubGlobal('MediaRecorder', undefined);
    renderControl();
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot record sound here.');
    expect(screen.getByRole('button', { name: 'Record' })).toBeEnabled();
  });

  it('stops by itself at the longest length, keeps the recording and says so calmly', async () => {
    installMicrophone();
    const { onRecorded } = renderControl({ maxDurationMs: 60_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop recording' });
    clock.advance(60_000);
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    expect(onRecorded.mock.calls[0][0].durationMs).toBe(60_000);
    expect(await screen.findByRole('status')).toHaveTextContent('Recordings stop after 1 minute, so this one stopped by itself');
    expect(screen.getByRole('button', { name: 'Record' })).toBeEnabled();
  });

  it('keeps what was recorded when the page goes away mid-recording', async () => {
    installMicrophone();
    const { onRecorded, unmount } = renderControl();
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByRole('button', { name: 'Stop recording' });
    clock.advance(3000);
    unmount();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    expect(FakeMediaRecorder.instances[0].state).toBe('inactive');
  });

  it('does nothing while disabled', () => {
    const { getUserMedia } = installMicrophone();
    renderControl({ disabled: true });
    const record = screen.getByRole('button', { name: 'Record' });
    expect(record).toBeDisabled();
    act(() => record.click());
    expect(getUserMedia).not.toHaveBeenCalled();
  });
});
