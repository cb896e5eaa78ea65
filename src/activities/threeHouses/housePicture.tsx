/** House colours and the small SVG house, kept free of Konva so the first screen stays light. */
export type HouseKind = 'worries' | 'good' | 'dreams';

export const HOUSE_COLOURS: Record<HouseKind, { wall: string; roof: string; line: string }> = {
  worries: { wall: '#eef1f6', roof: '#c9d1de', line: '#7b8799' },
  good: { wall: '#fff7e6', roof: '#ffd9a0', line: '#b8893d' },
  dreams: { wall: '#f3eefc', roof: '#d9c9f5', line: '#8a6fc2' },
};

/** The same house as a small SVG for buttons and the overview. Decorative. */
export function HousePicture({ kind }: { kind: HouseKind }) {
  const c = HOUSE_COLOURS[kind];
  return (
    <svg viewBox="0 0 120 100" aria-hidden="true" focusable="false" className="house-picture">
      <path d="M14 42 L60 8 L106 42 Z" fill={c.roof} stroke={c.line} strokeWidth="3" strokeLinejoin="round" />
      <rect x="22" y="42" width="76" height="52" rx="3" fill={c.wall} stroke={c.line} strokeWidth="3" />
      <rect x="52" y="64" width="16" height="30" rx="8" fill="none" stroke={c.line} strokeWidth="3" />
      {kind === 'worries' && <path d="M86 20a7 7 0 0113-3 6 6 0 015 10H86a5 5 0 010-7z" fill="#c9d1de" />}
      {kind === 'good' && <circle cx="100" cy="16" r="9" fill="#ffc94d" />}
      {kind === 'dreams' && <path d="M98 8l2.5 5 5.5.8-4 3.9 1 5.5-5-2.6-5 2.6 1-5.5-4-3.9 5.5-.8z" fill="#b9a2ee" />}
    </svg>
  );
}
