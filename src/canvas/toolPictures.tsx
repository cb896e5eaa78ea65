/**
 * Coloured pictures for the child's drawing tools: a crayon in the pen's colour, a pink rubber,
 * a paint palette, a sheet of stickers, a speech bubble, a bin. A child who cannot read yet knows
 * each tool by its picture; every button also shows its name. Decorative (aria-hidden).
 */
export type ToolPictureName = 'pen' | 'eraser' | 'palette' | 'stickers' | 'words' | 'bin';

export function ToolPicture({ name, colour = '#1f1f1f', size = 36 }: { name: ToolPictureName; colour?: string; size?: number }) {
  return (
    <svg className="tool-picture" aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 40 40">
      {PICTURES[name](colour)}
    </svg>
  );
}

const OUTLINE = { stroke: '#1d2433', strokeWidth: 1.6, strokeLinejoin: 'round' as const };

const PICTURES: Record<ToolPictureName, (colour: string) => React.ReactElement> = {
  pen: (colour) => (
    <g transform="rotate(45 20 20)">
      <rect x="15" y="4" width="10" height="24" rx="2" fill={colour} {...OUTLINE} />
      <rect x="15" y="9" width="10" height="3" fill="#fff" opacity="0.55" />
      <path d="M15 28 L20 37 L25 28 Z" fill="#f3d2a2" {...OUTLINE} />
      <path d="M18.3 34 L20 37 L21.7 34 Z" fill={colour} />
    </g>
  ),
  eraser: () => (
    <g transform="rotate(-35 20 20)">
      <rect x="7" y="13" width="26" height="14" rx="3" fill="#f59bb6" {...OUTLINE} />
      <rect x="7" y="13" width="10" height="14" rx="3" fill="#7fb2e5" {...OUTLINE} />
    </g>
  ),
  palette: (colour) => (
    <g>
      <path d="M20 4C10 4 3 11 3 20s7 16 15 16c3 0 4-2 3-4s0-5 3-5h5c5 0 8-3 8-8C37 10 30 4 20 4z" fill="#f7e3c4" {...OUTLINE} />
      <circle cx="11" cy="16" r="3.2" fill="#d62828" />
      <circle cx="18" cy="10.5" r="3.2" fill="#f2c100" />
      <circle cx="27" cy="11.5" r="3.2" fill="#1d5fd1" />
      <circle cx="31" cy="19" r="3.2" fill="#2b8a3e" />
      <circle cx="12" cy="25" r="4" fill={colour} stroke="#1d2433" strokeWidth="1.2" />
    </g>
  ),
  stickers: () => (
    <g>
      <rect x="5" y="5" width="30" height="30" rx="5" fill="#fff" {...OUTLINE} />
      <path d="M20 9l3 6.2 6.8.9-5 4.7 1.3 6.7L20 24.3l-6.1 3.2 1.3-6.7-5-4.7 6.8-.9z" fill="#ffcc4d" {...OUTLINE} />
      <path d="M35 26v4a5 5 0 01-5 5h-4z" fill="#dfe4ec" {...OUTLINE} />
    </g>
  ),
  words: () => (
    <g>
      <path d="M5 7h30v20H16l-8 7v-7H5z" fill="#fff6c7" stroke="#c9a227" strokeWidth="2" strokeLinejoin="round" />
      <path d="M11 14h18M11 20h12" stroke="#1d2433" strokeWidth="2.4" strokeLinecap="round" />
    </g>
  ),
  bin: () => (
    <g>
      <path d="M10 12h20l-2 23H12z" fill="#9fb3c8" {...OUTLINE} />
      <rect x="7" y="8" width="26" height="4" rx="2" fill="#7d91a8" {...OUTLINE} />
      <path d="M17 8V5h6v3" fill="none" {...OUTLINE} />
      <path d="M16 16v15M20 16v15M24 16v15" stroke="#1d2433" strokeWidth="1.4" strokeLinecap="round" />
    </g>
  ),
};
