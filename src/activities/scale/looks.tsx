import type { ScaleLook } from '../../model/types';
import { SCALE_MAX, SCALE_STEPS } from './scaleValue';
import type { ScaleOrientation } from './scaleValue';

/**
 * The looks of the scale: all the same 0-10 underneath, drawn differently for different
 * children. Each step carries `data-step`, which is how the slider finds the step nearest a
 * touch whatever the layout. Pictures hold no words or numbers of their own (the numbers look
 * and the bar show numbers as page text), and nothing in them judges the answer: every step
 * is drawn the same, only the chosen one is marked.
 */
export interface LookProps {
  /** The number shown (while dragging, the one under the finger), or null before choosing. */
  value: number | null;
}

export const LOOKS: readonly ScaleLook[] = ['numbers', 'faces', 'ladder', 'path', 'bar'];
/** Young person mode offers only the plain looks: no cartoons for teenagers. */
export const YOUNG_PERSON_LOOKS: readonly ScaleLook[] = ['bar', 'numbers'];

export function orientationOf(look: ScaleLook): ScaleOrientation {
  return look === 'ladder' ? 'vertical' : 'horizontal';
}

const pct = (n: number) => `${(n / SCALE_MAX) * 100}%`;

export function NumbersLook({ value }: LookProps) {
  return (
    <div className="scale-numbers">
      {SCALE_STEPS.map((n) => (
        <span key={n} data-step={n} className={`scale-numbers__step${n === value ? ' is-chosen' : ''}`}>
          {n}
        </span>
      ))}
    </div>
  );
}

/**
 * A face from sad (0) to happy (10): only the mouth and brows change, in small even steps,
 * so no face is a caricature and none is coloured as "bad".
 */
export function ScaleFace({ value, size = 64 }: { value: number; size?: number }) {
  const mouthY = 68;
  const curve = mouthY + (value - SCALE_MAX / 2) * 3.2;
  // Brows lift at the inner ends only on the sad side; on the happy side they stay level.
  const lift = Math.max(0, SCALE_MAX / 2 - value) * 1.3;
  return (
    <svg className="scale-face" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill="#ffe4a0" stroke="#8a6d1f" strokeWidth="3" />
      <circle cx="35" cy="42" r="5" fill="#3b3325" />
      <circle cx="65" cy="42" r="5" fill="#3b3325" />
      <path d={`M26 ${30 + lift} L44 ${30 - lift} M56 ${30 - lift} L74 ${30 + lift}`} stroke="#3b3325" strokeWidth="3" strokeLinecap="round" fill="none" />
      <path d={`M30 ${mouthY} Q50 ${curve} 70 ${mouthY}`} stroke="#3b3325" strokeWidth="4" strokeLinecap="round" fill="none" />
    </svg>
  );
}

export function FacesLook({ value }: LookProps) {
  return (
    <div className="scale-faces">
      <div className="scale-faces__chosen">{value !== null && <ScaleFace value={value} size={120} />}</div>
      <div className="scale-faces__row">
        {SCALE_STEPS.map((n) => (
          <span key={n} data-step={n} className={`scale-faces__step${n === value ? ' is-chosen' : ''}`}>
            <ScaleFace value={n} size={52} />
          </span>
        ))}
      </div>
    </div>
  );
}

/** A plain figure standing with its feet at (x, y), in a neutral colour. */
function Figure({ x, y }: { x: number; y: number }) {
  return (
    <g className="scale-figure" stroke="#2d4a7a" strokeWidth="5" strokeLinecap="round" fill="none">
      <circle cx={x} cy={y - 62} r="12" fill="#2d4a7a" />
      <path d={`M${x} ${y - 48} L${x} ${y - 20} M${x} ${y - 20} L${x - 11} ${y} M${x} ${y - 20} L${x + 11} ${y} M${x - 16} ${y - 38} L${x + 16} ${y - 38}`} />
    </g>
  );
}

const LADDER_BOTTOM = 420;
const RUNG_GAP = 38;

/** A ladder: 0 at the bottom, 10 at the top, the figure on the chosen rung. */
export function LadderLook({ value }: LookProps) {
  const rungY = (n: number) => LADDER_BOTTOM - n * RUNG_GAP;
  return (
    <svg className="scale-ladder" viewBox="0 0 240 450" aria-hidden="true" focusable="false">
      <line x1="80" y1="20" x2="80" y2="440" stroke="#8a6d4b" strokeWidth="10" strokeLinecap="round" />
      <line x1="160" y1="20" x2="160" y2="440" stroke="#8a6d4b" strokeWidth="10" strokeLinecap="round" />
      {SCALE_STEPS.map((n) => (
        <g key={n} data-step={n}>
          <line
            x1="80"
            y1={rungY(n)}
            x2="160"
            y2={rungY(n)}
            stroke={n === value ? '#2456a6' : '#b08d64'}
            strokeWidth={n === value ? 12 : 8}
            strokeLinecap="round"
          />
        </g>
      ))}
      {value !== null && <Figure x={120} y={rungY(value)} />}
    </svg>
  );
}

/** Stepping stones on a gentle path, evenly spaced, ending at the house (10). */
function stonePosition(n: number): { x: number; y: number } {
  return { x: 60 + n * 64, y: 200 - n * 7 + 26 * Math.sin(n * 0.8) };
}

/** A path leading to a house: the figure stands further away (0) or closer (10). */
export function PathLook({ value }: LookProps) {
  const stones = SCALE_STEPS.map(stonePosition);
  const door = { x: 800, y: 168 };
  const track = [...stones, door].map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  const chosen = value !== null ? stonePosition(value) : undefined;
  return (
    <svg className="scale-path" viewBox="0 0 900 280" aria-hidden="true" focusable="false">
      <path d={track} stroke="#eadfc8" strokeWidth="40" strokeLinecap="round" strokeLinejoin="round" fill="none" />
      <g>
        <path d="M735 80 L800 24 L865 80 Z" fill="#c9d6ea" stroke="#4b5f80" strokeWidth="4" strokeLinejoin="round" />
        <rect x="748" y="78" width="104" height="92" fill="#f3efe6" stroke="#4b5f80" strokeWidth="4" />
        <rect x="785" y="122" width="30" height="48" rx="4" fill="#c9d6ea" stroke="#4b5f80" strokeWidth="3" />
        <rect x="760" y="92" width="20" height="20" fill="#ffffff" stroke="#4b5f80" strokeWidth="3" />
        <rect x="820" y="92" width="20" height="20" fill="#ffffff" stroke="#4b5f80" strokeWidth="3" />
      </g>
      {stones.map((p, n) => (
        <g key={n} data-step={n}>
          <ellipse cx={p.x} cy={p.y} rx="24" ry="14" fill={n === value ? '#2456a6' : '#cfc6b4'} stroke="#8f8570" strokeWidth="2" />
        </g>
      ))}
      {chosen && <Figure x={chosen.x} y={chosen.y - 4} />}
    </svg>
  );
}

/** A plain bar, like a thermometer on its side, for young people: numbers, no pictures. */
export function BarLook({ value }: LookProps) {
  return (
    <div className="scale-bar">
      <div className="scale-bar__track">
        {value !== null && (
          <>
            <div className="scale-bar__fill" style={{ inlineSize: pct(value) }} />
            <div className="scale-bar__thumb" style={{ insetInlineStart: pct(value) }} />
          </>
        )}
      </div>
      <div className="scale-bar__ticks">
        {SCALE_STEPS.map((n) => (
          <span key={n} data-step={n} className={`scale-bar__tick${n === value ? ' is-chosen' : ''}`} style={{ insetInlineStart: pct(n) }}>
            {n}
          </span>
        ))}
      </div>
    </div>
  );
}

export function LookVisual({ look, value }: { look: ScaleLook; value: number | null }) {
  switch (look) {
    case 'numbers':
      return <NumbersLook value={value} />;
    case 'faces':
      return <FacesLook value={value} />;
    case 'ladder':
      return <LadderLook value={value} />;
    case 'path':
      return <PathLook value={value} />;
    case 'bar':
      return <BarLook value={value} />;
  }
}

/** Small pictures for the look choice (decorative; the buttons carry the names). */
export function LookIcon({ look }: { look: ScaleLook }) {
  const common = { width: 40, height: 28, viewBox: '0 0 40 28', 'aria-hidden': true, focusable: false } as const;
  switch (look) {
    case 'numbers':
      return (
        <svg {...common}>
          <text x="20" y="20" textAnchor="middle" fontSize="14" fontWeight="700" fill="currentColor">
            0-10
          </text>
        </svg>
      );
    case 'faces':
      return <ScaleFace value={SCALE_MAX} size={28} />;
    case 'ladder':
      return (
        <svg {...common}>
          <path d="M13 2v24M27 2v24M13 7h14M13 14h14M13 21h14" stroke="currentColor" strokeWidth="2.5" fill="none" />
        </svg>
      );
    case 'path':
      return (
        <svg {...common}>
          <path d="M2 24 Q12 14 20 20 T30 14" stroke="currentColor" strokeWidth="3" fill="none" strokeLinecap="round" />
          <path d="M29 13 L34 8 L39 13 V20 H29 Z" fill="currentColor" />
        </svg>
      );
    case 'bar':
      return (
        <svg {...common}>
          <rect x="2" y="10" width="36" height="8" rx="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <rect x="2" y="10" width="24" height="8" rx="4" fill="currentColor" />
        </svg>
      );
  }
}
