import { useReducer } from 'react';
import type { CSSProperties, ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, StrokeItem } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import type { Command } from '../store/commands';
import { addItem } from '../store/commands';
import { newId, nowIso } from '../model/ids';
import { useAccess } from '../ui/access';
import type { ToolSettings } from './DrawingSurface';

/** One press moves the cursor this far (page units): big, so a few presses cross the page. */
export const SWITCH_STEP = 80;
/**
 * Points are added along each move at most this far apart (page units). A switch line has few,
 * long moves; perfect-freehand smooths between input points, so without these a line of three
 * presses would be drawn as a rounded blob rather than a pen line. Every point lies on the path.
 */
export const POINT_SPACING = 8;
/** No pen pressure comes from a switch: a middle value, with pressure simulated like a finger's. */
const PRESSURE = 0.5;
/** The cursor ring's radius on screen (CSS px), whatever the page's scale, so it is always easy to see. */
const RING_PX = 30;
/**
 * The buttons sit at the bottom of the drawing area; when the cursor comes within this many CSS px
 * of the bottom they move to the top, so they never hide the cursor or the line being drawn.
 */
const PAD_CLEARANCE_PX = 150;

export interface PadPoint {
  x: number;
  y: number;
}

type Direction = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: Record<Direction, PadPoint> = {
  up: { x: 0, y: -SWITCH_STEP },
  down: { x: 0, y: SWITCH_STEP },
  left: { x: -SWITCH_STEP, y: 0 },
  right: { x: SWITCH_STEP, y: 0 },
};

export function clampToPage(p: PadPoint): PadPoint {
  return { x: Math.min(PAGE_WIDTH, Math.max(0, p.x)), y: Math.min(PAGE_HEIGHT, Math.max(0, p.y)) };
}

/** The points after `from` up to and including `to`, evenly spaced at most POINT_SPACING apart. */
export function pointsAlong(from: PadPoint, to: PadPoint): PadPoint[] {
  const n = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / POINT_SPACING));
  const out: PadPoint[] = [];
  for (let i = 1; i <= n; i++) out.push({ x: from.x + ((to.x - from.x) * i) / n, y: from.y + ((to.y - from.y) * i) / n });
  return out;
}

interface Line {
  /** The page the line was started on: a line never follows the child to another page. */
  pageId: string;
  points: PadPoint[];
}

interface PadState {
  cursor: PadPoint;
  line: Line | null;
}

type PadAction = { type: 'move'; by: PadPoint; pageId: string } | { type: 'start'; pageId: string } | { type: 'end' };

function reduce(state: PadState, action: PadAction): PadState {
  switch (action.type) {
    case 'move': {
      const cursor = clampToPage({ x: state.cursor.x + action.by.x, y: state.cursor.y + action.by.y });
      // At the edge a press changes nothing: no repeated points on the line.
      if (cursor.x === state.cursor.x && cursor.y === state.cursor.y) return state;
      const line = state.line?.pageId === action.pageId ? state.line : null;
      return { cursor, line: line && { ...line, points: [...line.points, ...pointsAlong(state.cursor, cursor)] } };
    }
    case 'start':
      return { ...state, line: { pageId: action.pageId, points: [state.cursor] } };
    case 'end':
      return state.line ? { ...state, line: null } : state;
  }
}

const ICONS: Record<Direction | 'start' | 'finish' | 'cancel', ReactElement> = {
  up: <path d="M12 19V5M5 12l7-7 7 7" />,
  down: <path d="M12 5v14M5 12l7 7 7-7" />,
  left: <path d="M19 12H5M12 5l-7 7 7 7" />,
  right: <path d="M5 12h14M12 5l7 7-7 7" />,
  start: <path d="M4 19c3-9 7 1 10-6s4-7 6-8" />,
  finish: <path d="M5 12l5 5 9-10" />,
  cancel: <path d="M6 6l12 12M18 6L6 18" />,
};

/** Decorative, like the app's other icons: every button here has a visible, translated name. */
function PadIcon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={28}
      height={28}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {ICONS[name]}
    </svg>
  );
}

interface Props {
  page: Page;
  /** The drawing page's current pen: the line is drawn in its colour and size. */
  settings: ToolSettings;
  /** CSS px per page unit, as for DrawingSurface and ItemOverlay. */
  scale: number;
  onCommit(command: Command): void;
}

/**
 * Drawing with a switch (issue: switch access). A big cursor moves over the drawing area in big
 * steps; "Start a line" puts the pen down, every move then extends the line, and "Finish the line"
 * makes the whole line one stroke: one store command, so one undo step, autosaved like any other.
 * Shown only to children whose settings turn switch scanning on; the scanner reaches these
 * buttons like every other control.
 */
export function SwitchDrawPad({ page, settings, scale, onCommit }: Props) {
  const { t } = useTranslation('switchdraw');
  const { scanning } = useAccess();
  const [{ cursor, line: anyLine }, dispatch] = useReducer(reduce, {
    cursor: { x: PAGE_WIDTH / 2, y: PAGE_HEIGHT / 2 },
    line: null,
  });
  if (scanning === 'off') return null;

  const line = anyLine?.pageId === page.id ? anyLine : null;

  const finish = () => {
    if (!line) return;
    dispatch({ type: 'end' });
    // Always a pen line, even with the eraser chosen: these buttons only ever draw.
    const stroke: StrokeItem = {
      id: newId(),
      kind: 'stroke',
      points: line.points.flatMap((p) => [p.x, p.y, PRESSURE]),
      color: settings.color,
      size: settings.size,
      simulatePressure: true,
      createdAt: nowIso(),
    };
    onCommit(addItem(page.id, stroke));
  };

  const width = PAGE_WIDTH * scale;
  const height = PAGE_HEIGHT * scale;
  const ring = scale > 0 ? RING_PX / scale : 0;
  const padAtTop = cursor.y * scale > height - PAD_CLEARANCE_PX;

  const layer: CSSProperties = { position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' };
  const pad: CSSProperties = {
    position: 'absolute',
    left: '50%',
    transform: 'translateX(-50%)',
    [padAtTop ? 'top' : 'bottom']: 8,
    display: 'flex',
    gap: 6,
    padding: 6,
    borderRadius: 16,
    background: 'rgba(255, 255, 255, 0.92)',
    boxShadow: '0 4px 16px rgba(0, 0, 0, 0.18)',
    pointerEvents: 'auto',
  };
  // The app's tool buttons are at least --child-target (64 px, 88 px with bigger buttons).
  const button: CSSProperties = { minWidth: 'max(64px, var(--child-target))', minHeight: 'max(64px, var(--child-target))' };

  const moveButton = (direction: Direction) => (
    <button type="button" className="tool-button" style={button} onClick={() => dispatch({ type: 'move', by: DIRECTIONS[direction], pageId: page.id })}>
      <PadIcon name={direction} />
      <span>{t(direction)}</span>
    </button>
  );

  return (
    <div className="switch-draw" style={layer}>
      {/* Page units, scaled like ItemOverlay, so the cursor sits exactly where the ink will go. */}
      <svg
        aria-hidden="true"
        focusable="false"
        width={width}
        height={height}
        viewBox={`0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}`}
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}
      >
        {line &&
          (line.points.length > 1 ? (
            <polyline
              className="switch-draw__line"
              points={line.points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke={settings.color}
              strokeWidth={settings.size}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : (
            // A line of one point is a dot, as it will be when finished.
            <circle className="switch-draw__line" cx={line.points[0].x} cy={line.points[0].y} r={settings.size / 2} fill={settings.color} />
          ))}
        {ring > 0 && (
          <g data-switch-cursor="" data-x={cursor.x} data-y={cursor.y} fill="none">
            {/* A dark ring inside a white one: visible on any ink, pale or dark, and any background. */}
            <circle cx={cursor.x} cy={cursor.y} r={ring} stroke="#fff" strokeWidth={10} vectorEffect="non-scaling-stroke" />
            <circle cx={cursor.x} cy={cursor.y} r={ring} stroke="#1d2433" strokeWidth={5} vectorEffect="non-scaling-stroke" />
            {/* The centre shows where the pen is, in the pen's colour while a line is being drawn. */}
            <circle
              cx={cursor.x}
              cy={cursor.y}
              r={6 / scale}
              fill={line ? settings.color : '#1d2433'}
              stroke="#fff"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          </g>
        )}
      </svg>
      <div className="switch-draw__pad" role="group" aria-label={t('label')} style={pad}>
        {moveButton('up')}
        {moveButton('down')}
        {moveButton('left')}
        {moveButton('right')}
        {/* One toggle, not two buttons: the highlight stays on it from start to finish. */}
        <button type="button" className="tool-button" style={button} onClick={() => (line ? finish() : dispatch({ type: 'start', pageId: page.id }))}>
          <PadIcon name={line ? 'finish' : 'start'} />
          <span>{t(line ? 'finish' : 'start')}</span>
        </button>
        <button type="button" className="tool-button" style={button} disabled={!line} onClick={() => dispatch({ type: 'end' })}>
          <PadIcon name="cancel" />
          <span>{t('cancel')}</span>
        </button>
      </div>
    </div>
  );
}
