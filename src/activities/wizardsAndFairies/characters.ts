import type { Session } from '../../model/types';

/**
 * The magic characters a child can be, and how they look. Ids are stored in the session
 * (activityState['wizards-and-fairies']); names and labels are i18n keys in the `wizards`
 * namespace, so no language lives here.
 */
export const ACTIVITY_ID = 'wizards-and-fairies';

export const CHARACTERS = ['fairy', 'wizard', 'superhero', 'unicorn', 'dragon'] as const;
export type CharacterId = (typeof CHARACTERS)[number];

/** Characters drawn as people: skin colour and hair apply to them, not to the animals. */
export const PEOPLE: readonly CharacterId[] = ['fairy', 'wizard', 'superhero'];

/** Six tones, light to dark, so every child can find themself. */
export const SKIN_TONES = [
  { id: 'skin-1', colour: '#f9e1d0' },
  { id: 'skin-2', colour: '#f0c9a5' },
  { id: 'skin-3', colour: '#dcaa80' },
  { id: 'skin-4', colour: '#b97d53' },
  { id: 'skin-5', colour: '#8a5b3c' },
  { id: 'skin-6', colour: '#5c3b28' },
] as const;
export type SkinToneId = (typeof SKIN_TONES)[number]['id'];

export const HAIR_STYLES = ['short', 'long', 'curly', 'bunches', 'very-short'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

export const HAIR_COLOURS = [
  { id: 'black', colour: '#2a2220' },
  { id: 'brown', colour: '#6b4127' },
  { id: 'fair', colour: '#e2b95e' },
  { id: 'red', colour: '#b8542b' },
  { id: 'grey', colour: '#c4c4c4' },
  { id: 'pink', colour: '#ef8cbf' },
] as const;
export type HairColourId = (typeof HAIR_COLOURS)[number]['id'];

/** 'outline' is the blank figure the child colours in to draw themself as the character. */
export const LOOKS = ['coloured', 'outline'] as const;
export type LookStyle = (typeof LOOKS)[number];

/** Everything that decides how the character is drawn. */
export interface CharacterLook {
  character: CharacterId;
  skinTone: SkinToneId;
  hair: HairStyle;
  hairColour: HairColourId;
  look: LookStyle;
}

/** The child's choices as stored; `character` is absent until the child has picked one. */
export interface WizardsState extends Omit<CharacterLook, 'character'> {
  character?: CharacterId;
}

export const DEFAULT_STATE: Readonly<Omit<WizardsState, 'character'>> = {
  skinTone: 'skin-3',
  hair: 'short',
  hairColour: 'brown',
  look: 'coloured',
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((a) => a === value);
}

/**
 * The stored choices, checked: activityState is free-form in the model, and a session may come
 * from an older version or a damaged backup, so anything unknown falls back to the default.
 */
export function readWizardsState(session: Session): WizardsState {
  const raw = session.activityState[ACTIVITY_ID] ?? {};
  return {
    character: oneOf(CHARACTERS, raw.character),
    skinTone:
      oneOf(
        SKIN_TONES.map((s) => s.id),
        raw.skinTone,
      ) ?? DEFAULT_STATE.skinTone,
    hair: oneOf(HAIR_STYLES, raw.hair) ?? DEFAULT_STATE.hair,
    hairColour:
      oneOf(
        HAIR_COLOURS.map((h) => h.id),
        raw.hairColour,
      ) ?? DEFAULT_STATE.hairColour,
    look: oneOf(LOOKS, raw.look) ?? DEFAULT_STATE.look,
  };
}

export function isPerson(character: CharacterId): boolean {
  return PEOPLE.includes(character);
}

export function skinColour(id: SkinToneId): string {
  return SKIN_TONES.find((s) => s.id === id)?.colour ?? SKIN_TONES[2].colour;
}

export function hairColour(id: HairColourId): string {
  return HAIR_COLOURS.find((h) => h.id === id)?.colour ?? HAIR_COLOURS[1].colour;
}

/** i18n key (namespace-qualified) of a character's name; also the button's accessible name. */
export function characterNameKey(character: CharacterId): string {
  return `wizards:characters.${character}`;
}
