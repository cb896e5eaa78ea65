import type { ReactElement } from 'react';
import type { ArtShape, BubbleKind } from './characterArt';
import { ART_HEIGHT, ART_WIDTH, BUBBLE_COLOURS, bubbleMarkPath, characterShapes, cloudPath, headShapes } from './characterArt';
import type { CharacterLook } from './characters';
import { DEFAULT_STATE } from './characters';

/**
 * The characters and bubbles as small SVGs for buttons, the overview and the activity's icon.
 * Free of Konva so the session screen, which lists activities, stays light. Decorative: every
 * button that shows one also carries a visible, translated name.
 */

function svgShape(shape: ArtShape, key: number): ReactElement {
  const paint = {
    fill: shape.fill,
    stroke: shape.stroke,
    strokeWidth: shape.strokeWidth,
    opacity: shape.opacity,
    strokeLinejoin: 'round' as const,
    strokeLinecap: 'round' as const,
  };
  let el: ReactElement;
  if (shape.kind === 'circle') el = <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...paint} />;
  else if (shape.kind === 'ellipse')
    el = (
      <ellipse
        cx={shape.cx}
        cy={shape.cy}
        rx={shape.rx}
        ry={shape.ry}
        transform={shape.rotation ? `rotate(${shape.rotation} ${shape.cx} ${shape.cy})` : undefined}
        {...paint}
      />
    );
  else el = <path d={shape.d} {...paint} />;
  return shape.mirror ? (
    <g key={key} transform={`translate(${ART_WIDTH} 0) scale(-1 1)`}>
      {el}
    </g>
  ) : (
    <g key={key}>{el}</g>
  );
}

export function CharacterPicture({ look, className = 'character-picture' }: { look: CharacterLook; className?: string }) {
  return (
    <svg viewBox={`0 0 ${ART_WIDTH} ${ART_HEIGHT}`} aria-hidden="true" focusable="false" className={className}>
      {characterShapes(look).map(svgShape)}
    </svg>
  );
}

/** A person's head with one hair style, for the hair-style buttons. */
export function HeadPicture({ look }: { look: CharacterLook }) {
  return (
    <svg viewBox="40 50 120 120" aria-hidden="true" focusable="false" className="head-picture">
      {headShapes(look).map(svgShape)}
    </svg>
  );
}

/** The activity's icon on the session screen: a fairy and a wizard side by side. */
export function WizardsActivityIcon() {
  const base = { ...DEFAULT_STATE };
  return (
    <svg viewBox={`0 0 ${ART_WIDTH * 2} ${ART_HEIGHT}`} aria-hidden="true" focusable="false" className="wizards-icon">
      <g>{characterShapes({ ...base, character: 'fairy', hair: 'long', skinTone: 'skin-2' }).map(svgShape)}</g>
      <g transform={`translate(${ART_WIDTH} 0)`}>{characterShapes({ ...base, character: 'wizard', skinTone: 'skin-5', hairColour: 'black' }).map(svgShape)}</g>
    </svg>
  );
}

/** A magic bubble as a small SVG for the bubble buttons and tabs. */
export function BubblePicture({ kind }: { kind: BubbleKind }) {
  const c = BUBBLE_COLOURS[kind];
  return (
    <svg viewBox="0 0 120 100" aria-hidden="true" focusable="false" className="bubble-picture">
      <path d={cloudPath(60, 46, 48, 34, 9)} fill={c.fill} stroke={c.line} strokeWidth="3" strokeLinejoin="round" />
      <circle cx="22" cy="88" r="6" fill={c.fill} stroke={c.line} strokeWidth="2.5" />
      <circle cx="10" cy="96" r="3.5" fill={c.fill} stroke={c.line} strokeWidth="2" />
      <path d={bubbleMarkPath(kind, 60, 46, 16)} fill={c.mark} stroke={c.line} strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
