import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ScaleStep } from '../../../src/activities/scale/ScaleStep';
import { makeStore, setUpI18n } from './helpers';

vi.mock('../../../src/voice/sounds', async () => (await import('./helpers')).mockSounds());

beforeAll(setUpI18n);
afterEach(cleanup);

describe('ScaleStep, the one question at the end of another activity', () => {
  it('saves nothing when the child does not want to answer', () => {
    const store = makeStore();
    const onDone = vi.fn();
    render(<ScaleStep store={store} onDone={onDone} />);
    expect(screen.getByRole('slider', { name: /^How safe/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(store.get().scales).toHaveLength(0);
  });

  it("saves the number and the why, and never shows the worker's reminder", () => {
    const store = makeStore();
    const onDone = vi.fn();
    render(<ScaleStep store={store} onDone={onDone} />);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'Home' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Why this number?' }), { target: { value: 'Dad  shouts' } });
    expect(store.get().scales[0]).toMatchObject({ value: 0, aboutSafety: true, why: { text: 'Dad  shouts', speaker: 'child' } });
    expect(screen.queryByText(/safeguarding/i)).not.toBeInTheDocument();
    expect(store.get().scales[0].reminderShownAt).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
