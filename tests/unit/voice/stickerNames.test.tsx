import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { initI18n } from '../../../src/app/i18n';
import { StickerTray } from '../../../src/canvas/StickerTray';
import { fakeSynthesis } from './synthesisFake';

beforeAll(() => {
  initI18n();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The tray holds every sticker at once; plain selectors keep the test quick on a big tree
// (the names are still what people and the e2e suite find them by).
function openTray(onPlace: () => void) {
  const { container } = render(<StickerTray onPlace={onPlace} onClose={() => undefined} />);
  const toggle = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Say the names');
  const dog = container.querySelector<HTMLButtonElement>('button[aria-label="Dog"]');
  if (!toggle || !dog) throw new Error('the tray has no Say the names toggle or Dog sticker');
  return { toggle, dog };
}

describe('the sticker tray: Say the names', () => {
  it('is off at first; when on, tapping a sticker also says its name', () => {
    const spoken = fakeSynthesis([{ lang: 'en-GB' }]);
    const onPlace = vi.fn();
    const { toggle, dog } = openTray(onPlace);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    fireEvent.click(dog);
    expect(onPlace).toHaveBeenCalledWith('dog', undefined);
    expect(spoken).toEqual([]);

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(dog);
    expect(onPlace).toHaveBeenCalledTimes(2);
    expect(spoken).toEqual([{ text: 'Dog', lang: 'en-GB' }]);

    // It stays on when the tray is opened again; turned off, it says nothing.
    cleanup();
    const again = openTray(onPlace);
    expect(again.toggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(again.toggle);
    fireEvent.click(again.dog);
    expect(spoken).toHaveLength(1);
  });
});
