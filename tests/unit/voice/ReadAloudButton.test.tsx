import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../src/app/i18n';
import { ReadAloudButton } from '../../../src/ui/ReadAloudButton';
import { fakeSynthesis } from './synthesisFake';

beforeAll(() => {
  initI18n();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReadAloudButton with keys', () => {
  it('reads by synthesis, exactly as with texts alone, when no recorded file exists', () => {
    const spoken = fakeSynthesis([{ lang: 'en-GB' }]);
    render(
      <>
        <ReadAloudButton label="Texts only" texts={() => ['Is there anything that worries you?']} lang="en-GB" />
        <ReadAloudButton label="With keys" texts={() => ['Is there anything that worries you?']} keys={() => ['prompts.house-of-worries.1']} lang="en-GB" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Texts only' }));
    fireEvent.click(screen.getByRole('button', { name: 'With keys' }));
    expect(spoken).toEqual([
      { text: 'Is there anything that worries you?', lang: 'en-GB' },
      { text: 'Is there anything that worries you?', lang: 'en-GB' },
    ]);
  });

  it('says when the tablet has no voice for the language', () => {
    const spoken = fakeSynthesis([]);
    render(<ReadAloudButton texts={() => ['Czy coś cię martwi?']} keys={() => ['prompts.house-of-worries.1']} lang="pl" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(screen.getByRole('status')).toHaveTextContent('This tablet has no voice for this language.');
    expect(spoken).toEqual([]);
  });
});
