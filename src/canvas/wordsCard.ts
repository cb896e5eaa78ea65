import type { Speaker } from '../model/types';

/**
 * The size (page units) a word card with this text will have: a hidden card is laid out in the
 * page's own overlay, with the same styles as the real one, and measured. Used to find a free
 * spot for new words before they are on the page.
 */
export function measureWordsCard(stageBox: HTMLElement, text: string, speaker: Speaker): { w: number; h: number } {
  const layer = stageBox.querySelector('.item-overlay__page');
  if (!layer) return { w: 420, h: 160 };
  const card = document.createElement('div');
  card.className = `speech-bubble speech-bubble--${speaker}`;
  card.style.visibility = 'hidden';
  card.style.left = '0';
  card.style.top = '0';
  const who = document.createElement('span');
  who.className = 'speech-bubble__who';
  who.textContent = speaker;
  const words = document.createElement('span');
  words.className = 'speech-bubble__text';
  words.dir = 'auto';
  words.textContent = text;
  card.append(who, words);
  layer.append(card);
  // Layout size, before the overlay's scale transform: page units.
  const size = { w: card.offsetWidth, h: card.offsetHeight };
  card.remove();
  return size;
}
