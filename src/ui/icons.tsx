import type { ReactElement } from 'react';

/**
 * Simple line icons drawn for Voicemap. Decorative: every button that shows one also has a
 * visible, translated name, so icons are aria-hidden and carry no text.
 */
const paths: Record<string, ReactElement> = {
  pen: <path d="M4 20l4-1 11-11-3-3L5 16l-1 4zM14 6l3 3" />,
  eraser: <path d="M3 17l8-8 6 6-5 5H6l-3-3zM11 9l4-4 6 6-4 4M9 20h12" />,
  undo: <path d="M9 7L4 12l5 5M4 12h10a6 6 0 010 12" transform="translate(0 -4)" />,
  redo: <path d="M15 7l5 5-5 5M20 12H10a6 6 0 000 12" transform="translate(0 -4)" />,
  sticker: <path d="M12 3a9 9 0 109 9h-6a3 3 0 01-3-3V3zM15 3.5A9 9 0 0120.5 9H15z" />,
  words: <path d="M4 5h16v10H9l-5 4V5zM8 9h8M8 12h5" />,
  mic: <path d="M12 3a3 3 0 013 3v6a3 3 0 01-6 0V6a3 3 0 013-3zM5 11a7 7 0 0014 0M12 18v3" />,
  stop: <path d="M7 7h10v10H7z" />,
  play: <path d="M8 5l11 7-11 7z" />,
  speaker: <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11" />,
  hand: (
    <path d="M7 11V6a1.5 1.5 0 013 0v4M10 10V4.5a1.5 1.5 0 013 0V10M13 10V5.5a1.5 1.5 0 013 0V11M16 11V8a1.5 1.5 0 013 0v6a7 7 0 01-7 7h-1a6 6 0 01-5-3l-2.5-4a1.5 1.5 0 012.5-1.5L7 14" />
  ),
  bin: <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />,
  home: <path d="M3 11l9-7 9 7M5 10v10h14V10" />,
  lock: <path d="M6 11h12v9H6zM8 11V8a4 4 0 018 0v3" />,
  check: <path d="M5 12l5 5 9-10" />,
  bigger: <path d="M12 5v14M5 12h14" />,
  smaller: <path d="M5 12h14" />,
  list: <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />,
  sound: <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 010 6" />,
  mute: <path d="M4 9h4l5-4v14l-5-4H4zM16 9l5 6M21 9l-5 6" />,
};

export type IconName = keyof typeof paths;

export function Icon({ name, size = 28 }: { name: IconName; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[name]}
    </svg>
  );
}
