/** The Safety House's colours and small SVG pictures, kept free of Konva so the session screen stays light. */
export type SafetyPart = 'inside' | 'visitors' | 'outside' | 'rules' | 'path';

export const SAFETY_COLOURS = {
  sky: '#f4f8fb',
  grass: '#e6f1e1',
  wall: '#fbf4e8',
  wallStrong: '#f7dfb5',
  roof: '#e9d8c4',
  roofStrong: '#f2c48f',
  line: '#8a6f55',
  visitors: '#dcecf5',
  outside: '#f3e4e4',
  boundary: '#d98c8c',
  path: '#eadfc8',
  pathStrong: '#e3c98f',
  door: '#b88a5a',
};

/**
 * The house with one part brought forward (its colour stronger, the rest quiet), for tabs, the
 * overview and the session screen's button. Decorative: the part's name is beside it.
 */
export function SafetyHousePicture({ part }: { part?: SafetyPart }) {
  const c = SAFETY_COLOURS;
  return (
    <svg viewBox="0 0 120 100" aria-hidden="true" focusable="false" className="house-picture safety-house-picture">
      <rect x="0" y="0" width="120" height="100" rx="8" fill={part === 'outside' ? c.outside : c.sky} />
      <rect
        x="10"
        y="8"
        width="100"
        height="84"
        rx="14"
        fill={part === 'visitors' ? c.visitors : c.grass}
        stroke={c.boundary}
        strokeWidth="2.5"
        strokeDasharray="5 4"
      />
      <path d="M34 44 L60 20 L86 44 Z" fill={part === 'rules' ? c.roofStrong : c.roof} stroke={c.line} strokeWidth="2.5" strokeLinejoin="round" />
      <rect x="38" y="44" width="44" height="34" rx="2" fill={part === 'inside' ? c.wallStrong : c.wall} stroke={c.line} strokeWidth="2.5" />
      <rect x="55" y="60" width="10" height="18" rx="5" fill={c.door} />
      <path d="M60 78 Q52 86 44 92" stroke={part === 'path' ? c.pathStrong : c.path} strokeWidth={part === 'path' ? 9 : 6} strokeLinecap="round" fill="none" />
    </svg>
  );
}
