import type { BubbleKind } from './characterArt';
import type { CharacterId } from './characters';

/**
 * The three magic bubbles and their prompts. Each bubble's place id is the one src/model/places.ts
 * maps to a column of the family's map (good-things, worries, wishes).
 *
 * Every character has its own full sentences rather than one sentence with the character's name
 * slotted in: a recorded prompt key must read back in the summary exactly as it was shown, with
 * no parameters, and in many languages the words around the name change with it (gender, case),
 * so only whole sentences translate well.
 */
export const BUBBLES: readonly { place: 'good-things' | 'worries' | 'wishes'; kind: BubbleKind }[] = [
  { place: 'good-things', kind: 'good' },
  { place: 'worries', kind: 'worries' },
  { place: 'wishes', kind: 'wishes' },
];

export type BubblePlace = (typeof BUBBLES)[number]['place'];

/** Open, neutral prompts per bubble and character (docs/PRACTICE.md rule 4); the first is the main one. */
export const PROMPTS_PER_BUBBLE = 3;

/** Namespace-qualified i18n keys of a bubble's prompts for a character, in the order shown. */
export function promptKeysFor(character: CharacterId, place: BubblePlace): string[] {
  return Array.from({ length: PROMPTS_PER_BUBBLE }, (_, i) => `wizards:prompts.${place}.${character}.${i + 1}`);
}

/** The closing screen's thank-you, to the character the child chose ("Thank you, wizard!"). */
export function closingKeyFor(character: CharacterId): string {
  return `wizards:thanks.${character}`;
}
