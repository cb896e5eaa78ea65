import { render } from '@testing-library/react';
import { CHARACTERS, HAIR_COLOURS, HAIR_STYLES, SKIN_TONES } from '../../../src/activities/wizardsAndFairies/characters';
import type { CharacterLook } from '../../../src/activities/wizardsAndFairies/characters';
import { characterShapes } from '../../../src/activities/wizardsAndFairies/characterArt';
import { BubblePicture, CharacterPicture } from '../../../src/activities/wizardsAndFairies/characterPicture';

const base: Omit<CharacterLook, 'character'> = { skinTone: 'skin-1', hair: 'short', hairColour: 'black', look: 'coloured' };

describe('character art', () => {
  it('offers at least five skin tones and four hair styles', () => {
    expect(SKIN_TONES.length).toBeGreaterThanOrEqual(5);
    expect(HAIR_STYLES.length).toBeGreaterThanOrEqual(4);
    expect(HAIR_COLOURS.length).toBeGreaterThanOrEqual(4);
  });

  it('paints people in the chosen skin tone and hair colour', () => {
    for (const tone of SKIN_TONES) {
      const fills = characterShapes({ ...base, character: 'wizard', skinTone: tone.id }).map((s) => s.fill);
      expect(fills).toContain(tone.colour);
    }
    const fills = characterShapes({ ...base, character: 'fairy', hairColour: 'red' }).map((s) => s.fill);
    expect(fills).toContain(HAIR_COLOURS.find((h) => h.id === 'red')?.colour);
  });

  it('gives every hair style its own look', () => {
    const drawings = HAIR_STYLES.map((hair) => JSON.stringify(characterShapes({ ...base, character: 'fairy', hair })));
    expect(new Set(drawings).size).toBe(HAIR_STYLES.length);
  });

  it('draws the blank outline with no face, hair or colour, for the child to fill in', () => {
    for (const character of CHARACTERS) {
      const outline = characterShapes({ ...base, character, look: 'outline' });
      expect(outline.length).toBeGreaterThan(3);
      expect(outline.every((s) => s.fill === '#ffffff' && !s.detail)).toBe(true);
      expect(outline.length).toBeLessThan(characterShapes({ ...base, character }).length);
    }
  });

  it('has no text in its pictures', () => {
    const { container } = render(
      <>
        {CHARACTERS.map((character) => (
          <CharacterPicture key={character} look={{ ...base, character }} />
        ))}
        <BubblePicture kind="good" />
        <BubblePicture kind="worries" />
        <BubblePicture kind="wishes" />
      </>,
    );
    expect(container.querySelectorAll('text')).toHaveLength(0);
    expect(container.textContent).toBe('');
    for (const svg of container.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });
});
