import type { CharacterLook, HairStyle } from './characters';
import { hairColour, isPerson, skinColour } from './characters';

/**
 * The characters as plain vector shapes: circles, ellipses and SVG path data. One description
 * is drawn two ways, as SVG for buttons and the overview and as Konva shapes behind the drawing,
 * so both always look the same. No text and no raster images.
 *
 * Coordinates are in a 200 x 260 box; the figure is symmetric about x = 100.
 */
export const ART_WIDTH = 200;
export const ART_HEIGHT = 260;

interface Paint {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
  /** Drawn again reflected about the figure's middle (x = 100). */
  mirror?: boolean;
  /** Face, hair and decoration: left out of the blank outline so the child draws their own. */
  detail?: boolean;
}

export type ArtShape =
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; rotation?: number } & Paint)
  | ({ kind: 'path'; d: string } & Paint);

const INK = '#2b2b33';
const CHEEK = '#f29c9c';
const GOLD = '#ffd54a';
const GOLD_LINE = '#d9a400';
/** The blank figure: white inside, a soft grey line that any pen colour covers. */
const OUTLINE = '#8a93a3';

/** Both sides of a symmetric part (wings, arms, ears) from the left one. */
function both(shape: ArtShape): ArtShape[] {
  return [shape, { ...shape, mirror: true }];
}

/** A five-pointed star's path, e.g. the tip of a wand or a sparkle on a robe. */
export function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(cx + r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return `M${points.join(' L')} Z`;
}

// ---- People: fairy, wizard, superhero -------------------------------------------------------

function hairBack(style: HairStyle, colour: string): ArtShape[] {
  if (style === 'long') {
    return [{ kind: 'path', d: 'M58 112 C54 72 78 66 100 66 C122 66 146 72 142 112 L148 178 C128 188 72 188 52 178 Z', fill: colour, detail: true }];
  }
  if (style === 'bunches') {
    return both({ kind: 'circle', cx: 54, cy: 112, r: 16, fill: colour, detail: true });
  }
  return [];
}

function hairFront(style: HairStyle, colour: string): ArtShape[] {
  const cap: ArtShape = {
    kind: 'path',
    d: 'M62 110 C58 78 80 68 100 68 C120 68 142 78 138 110 C130 94 116 88 100 90 C84 88 70 94 62 110 Z',
    fill: colour,
    detail: true,
  };
  switch (style) {
    case 'short':
    case 'long':
    case 'bunches':
      return [cap];
    case 'curly':
      return [
        [66, 104, 13],
        [72, 86, 14],
        [86, 74, 15],
        [100, 70, 15],
        [114, 74, 15],
        [128, 86, 14],
        [134, 104, 13],
      ].map(([cx, cy, r]) => ({ kind: 'circle', cx, cy, r, fill: colour, detail: true }));
    case 'very-short':
      return [
        {
          kind: 'path',
          d: 'M63 104 C62 80 80 74 100 74 C120 74 138 80 137 104 C128 92 114 88 100 88 C86 88 72 92 63 104 Z',
          fill: colour,
          opacity: 0.75,
          detail: true,
        },
      ];
  }
}

function face(withMask: boolean): ArtShape[] {
  const eyes: ArtShape[] = withMask
    ? [
        { kind: 'path', d: 'M64 104 Q100 92 136 104 L134 124 Q100 114 66 124 Z', fill: '#24307a', detail: true },
        ...both({ kind: 'ellipse', cx: 86, cy: 112, rx: 8, ry: 6, fill: '#ffffff', detail: true }),
        ...both({ kind: 'circle', cx: 86, cy: 112, r: 3.5, fill: INK, detail: true }),
      ]
    : both({ kind: 'circle', cx: 86, cy: 112, r: 4.5, fill: INK, detail: true });
  return [
    ...both({ kind: 'circle', cx: 76, cy: 128, r: 7, fill: CHEEK, opacity: 0.45, detail: true }),
    ...eyes,
    { kind: 'path', d: 'M88 130 Q100 140 112 130 Q100 136 88 130 Z', fill: INK, stroke: INK, strokeWidth: 3, detail: true },
  ];
}

function wand(tip: 'star' | 'sparkle'): ArtShape[] {
  return [
    { kind: 'path', d: 'M142 200 L170 152 L176 155 L148 203 Z', fill: '#8a6a3a' },
    tip === 'star'
      ? { kind: 'path', d: starPath(174, 146, 14, 6), fill: GOLD, stroke: GOLD_LINE, strokeWidth: 2 }
      : { kind: 'circle', cx: 174, cy: 146, r: 9, fill: '#ffe98a', stroke: GOLD_LINE, strokeWidth: 2 },
  ];
}

function person(look: CharacterLook): ArtShape[] {
  const skin = skinColour(look.skinTone);
  const hair = hairColour(look.hairColour);
  const costume = { fairy: '#f4a6c6', wizard: '#5a67d1', superhero: '#2f6fd6' }[look.character as 'fairy' | 'wizard' | 'superhero'];
  const back: ArtShape[] = [];
  const front: ArtShape[] = [];
  let body = 'M72 150 Q100 140 128 150 L152 236 Q100 252 48 236 Z';

  if (look.character === 'fairy') {
    back.push(
      ...both({ kind: 'ellipse', cx: 58, cy: 164, rx: 28, ry: 44, rotation: -35, fill: '#d6ecff', stroke: '#8fb8e0', strokeWidth: 3 }),
      ...both({ kind: 'ellipse', cx: 64, cy: 212, rx: 18, ry: 28, rotation: 30, fill: '#d6ecff', stroke: '#8fb8e0', strokeWidth: 3 }),
    );
    front.push(...wand('star'));
  } else if (look.character === 'wizard') {
    front.push(
      { kind: 'path', d: starPath(84, 196, 7, 3), fill: GOLD, detail: true },
      { kind: 'path', d: starPath(118, 222, 6, 2.5), fill: GOLD, detail: true },
      { kind: 'ellipse', cx: 100, cy: 76, rx: 54, ry: 11, fill: '#46529f' },
      { kind: 'path', d: 'M64 76 L103 6 Q108 0 112 7 L136 76 Z', fill: '#5a67d1' },
      { kind: 'path', d: starPath(102, 48, 9, 4), fill: GOLD, detail: true },
      ...wand('sparkle'),
    );
  } else {
    back.push({ kind: 'path', d: 'M70 150 Q100 140 130 150 L170 244 Q100 258 30 244 Z', fill: '#d63a3a' });
    body = 'M74 150 Q100 142 126 150 L134 240 Q100 248 66 240 Z';
    front.push(
      { kind: 'path', d: 'M69 206 L131 206 L132 217 L68 217 Z', fill: '#ffc93c', detail: true },
      { kind: 'path', d: starPath(100, 180, 13, 6), fill: '#ffc93c', detail: true },
    );
  }

  return [
    ...back,
    ...hairBack(look.hair, hair),
    ...both({ kind: 'ellipse', cx: 84, cy: 248, rx: 13, ry: 7, fill: '#5b4a3f' }),
    { kind: 'path', d: body, fill: costume },
    ...both({ kind: 'ellipse', cx: 66, cy: 176, rx: 9, ry: 26, rotation: 28, fill: costume }),
    ...both({ kind: 'circle', cx: 54, cy: 198, r: 10, fill: skin }),
    { kind: 'circle', cx: 100, cy: 112, r: 38, fill: skin },
    ...hairFront(look.hair, hair),
    ...face(look.character === 'superhero'),
    ...front,
  ];
}

// ---- Magic animals ---------------------------------------------------------------------------

function unicorn(): ArtShape[] {
  const white = '#fdfbff';
  const line = '#b9a6e0';
  const mane = ['#f7a8cf', '#c9b0f2', '#9fd0f5'];
  return [
    { kind: 'path', d: 'M140 214 C178 214 184 178 168 164 C176 188 160 200 140 200 Z', fill: mane[1], stroke: line, strokeWidth: 2 },
    { kind: 'ellipse', cx: 100, cy: 204, rx: 52, ry: 42, fill: white, stroke: line, strokeWidth: 3 },
    ...both({ kind: 'ellipse', cx: 78, cy: 238, rx: 13, ry: 17, fill: white, stroke: line, strokeWidth: 3 }),
    ...both({ kind: 'ellipse', cx: 78, cy: 250, rx: 12, ry: 6, fill: '#c9b0f2', detail: true }),
    ...both({ kind: 'path', d: 'M64 86 L66 52 L90 74 Z', fill: white, stroke: line, strokeWidth: 3 }),
    { kind: 'circle', cx: 100, cy: 112, r: 44, fill: white, stroke: line, strokeWidth: 3 },
    ...both({ kind: 'path', d: 'M70 78 L70 62 L82 72 Z', fill: '#ffd6e8', detail: true }),
    { kind: 'path', d: 'M90 72 L100 20 L110 72 Z', fill: GOLD, stroke: GOLD_LINE, strokeWidth: 2.5 },
    { kind: 'path', d: 'M93 58 L107 54 M95 44 L105 41', fill: 'none', stroke: GOLD_LINE, strokeWidth: 2.5, detail: true },
    { kind: 'circle', cx: 76, cy: 76, r: 12, fill: mane[0], detail: true },
    { kind: 'circle', cx: 62, cy: 92, r: 12, fill: mane[1], detail: true },
    { kind: 'circle', cx: 56, cy: 112, r: 11, fill: mane[2], detail: true },
    { kind: 'circle', cx: 58, cy: 132, r: 10, fill: mane[0], detail: true },
    { kind: 'ellipse', cx: 100, cy: 134, rx: 25, ry: 17, fill: '#ffe3ef', detail: true },
    ...both({ kind: 'circle', cx: 92, cy: 132, r: 2.5, fill: '#c97a9d', detail: true }),
    ...both({ kind: 'circle', cx: 84, cy: 106, r: 5, fill: INK, detail: true }),
    { kind: 'path', d: 'M92 142 Q100 148 108 142', fill: 'none', stroke: INK, strokeWidth: 2.5, detail: true },
  ];
}

function dragon(): ArtShape[] {
  const green = '#72c476';
  const line = '#3f8a46';
  const cream = '#f3e6a1';
  return [
    ...both({ kind: 'path', d: 'M68 176 L16 124 L28 162 L10 172 L38 186 L30 206 L70 198 Z', fill: '#a6dba8', stroke: line, strokeWidth: 3 }),
    { kind: 'path', d: 'M136 222 Q188 232 184 190 L196 184 L180 172 L174 190 Q174 212 138 206 Z', fill: green, stroke: line, strokeWidth: 3 },
    { kind: 'ellipse', cx: 100, cy: 202, rx: 48, ry: 46, fill: green, stroke: line, strokeWidth: 3 },
    { kind: 'ellipse', cx: 100, cy: 210, rx: 28, ry: 32, fill: cream, detail: true },
    ...both({ kind: 'ellipse', cx: 78, cy: 246, rx: 15, ry: 9, fill: green, stroke: line, strokeWidth: 3 }),
    ...both({ kind: 'path', d: 'M72 84 L64 54 L88 74 Z', fill: cream, stroke: line, strokeWidth: 2.5 }),
    { kind: 'path', d: 'M90 72 L100 56 L110 72 Z', fill: '#a6dba8', stroke: line, strokeWidth: 2.5 },
    { kind: 'circle', cx: 100, cy: 112, r: 42, fill: green, stroke: line, strokeWidth: 3 },
    { kind: 'ellipse', cx: 100, cy: 132, rx: 23, ry: 15, fill: '#9bd69e', detail: true },
    ...both({ kind: 'circle', cx: 93, cy: 130, r: 2.5, fill: line, detail: true }),
    ...both({ kind: 'circle', cx: 76, cy: 124, r: 7, fill: CHEEK, opacity: 0.4, detail: true }),
    ...both({ kind: 'circle', cx: 84, cy: 106, r: 5, fill: INK, detail: true }),
    { kind: 'path', d: 'M90 140 Q100 148 110 140', fill: 'none', stroke: INK, strokeWidth: 2.5, detail: true },
  ];
}

/** Just a person's head with the given hair, for the hair-style buttons (no hat in the way). */
export function headShapes(look: CharacterLook): ArtShape[] {
  const hair = hairColour(look.hairColour);
  return [
    ...hairBack(look.hair, hair),
    { kind: 'circle', cx: 100, cy: 112, r: 38, fill: skinColour(look.skinTone) },
    ...hairFront(look.hair, hair),
    ...face(false),
  ];
}

/** The blank figure: the character's shape with no face, hair or colour, for the child to fill. */
function outlineOf(shapes: readonly ArtShape[]): ArtShape[] {
  return shapes.filter((s) => !s.detail).map((s) => ({ ...s, fill: '#ffffff', stroke: OUTLINE, strokeWidth: 3, opacity: 1 }));
}

/** The shapes to draw, back to front. */
export function characterShapes(look: CharacterLook): ArtShape[] {
  const shapes = isPerson(look.character) ? person(look) : look.character === 'unicorn' ? unicorn() : dragon();
  return look.look === 'outline' ? outlineOf(shapes) : shapes;
}

// ---- The three magic bubbles --------------------------------------------------------------------

export type BubbleKind = 'good' | 'worries' | 'wishes';

export const BUBBLE_COLOURS: Record<BubbleKind, { fill: string; line: string; mark: string }> = {
  good: { fill: '#fff7e0', line: '#d6a640', mark: '#ffd05a' },
  worries: { fill: '#eef1f6', line: '#8794a8', mark: '#cdd4df' },
  wishes: { fill: '#f4eefd', line: '#8e72c8', mark: '#c6b2f0' },
};

/**
 * A soft cloud: bumps around an ellipse, as one SVG path (arcs), so the same outline serves the
 * small picture and the page background.
 */
export function cloudPath(cx: number, cy: number, rx: number, ry: number, bumps: number): string {
  const points = Array.from({ length: bumps }, (_, i) => {
    const a = (2 * Math.PI * i) / bumps - Math.PI / 2;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)] as const;
  });
  const f = (n: number) => n.toFixed(1);
  let d = `M${f(points[0][0])} ${f(points[0][1])}`;
  for (let i = 0; i < bumps; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % bumps];
    const r = Math.hypot(x2 - x1, y2 - y1) * 0.62;
    d += ` A${f(r)} ${f(r)} 0 0 1 ${f(x2)} ${f(y2)}`;
  }
  return `${d} Z`;
}

/** The small mark that tells the bubbles apart for children who do not read yet. */
export function bubbleMarkPath(kind: BubbleKind, cx: number, cy: number, size: number): string {
  if (kind === 'good') return cloudPath(cx, cy, size * 0.55, size * 0.55, 12);
  if (kind === 'worries') return cloudPath(cx, cy, size, size * 0.55, 6);
  return starPath(cx, cy, size, size * 0.45);
}
