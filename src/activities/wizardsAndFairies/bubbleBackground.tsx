import type { ReactElement } from 'react';
import { Circle, Ellipse, Group, Path, Rect } from 'react-konva';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../../model/types';
import type { ArtShape, BubbleKind } from './characterArt';
import { ART_WIDTH, BUBBLE_COLOURS, bubbleMarkPath, characterShapes, cloudPath } from './characterArt';
import type { CharacterLook } from './characters';

/**
 * Behind each bubble's drawing page: the magic bubble, and the chosen character small in the top
 * corner, thinking it. Konva shapes that never listen, so the child draws over all of it
 * (and can colour in the blank outline). Pale, so the child's drawing stays the main thing.
 */

/** Where the character stands on the page (page units), clear of the bin and the words column. */
const FIGURE = { x: 962, y: 22, scale: 1.05 };

function konvaShape(shape: ArtShape, key: number): ReactElement {
  const paint = {
    fill: shape.fill === 'none' ? undefined : shape.fill,
    stroke: shape.stroke,
    strokeWidth: shape.strokeWidth,
    opacity: shape.opacity,
    lineJoin: 'round' as const,
    lineCap: 'round' as const,
    listening: false,
  };
  let el: ReactElement;
  if (shape.kind === 'circle') el = <Circle x={shape.cx} y={shape.cy} radius={shape.r} {...paint} />;
  else if (shape.kind === 'ellipse') el = <Ellipse x={shape.cx} y={shape.cy} radiusX={shape.rx} radiusY={shape.ry} rotation={shape.rotation ?? 0} {...paint} />;
  else el = <Path data={shape.d} {...paint} />;
  return shape.mirror ? (
    <Group key={key} x={ART_WIDTH} scaleX={-1} listening={false}>
      {el}
    </Group>
  ) : (
    <Group key={key} listening={false}>
      {el}
    </Group>
  );
}

export function CharacterFigure({ look, x, y, scale }: { look: CharacterLook; x: number; y: number; scale: number }) {
  return (
    <Group x={x} y={y} scaleX={scale} scaleY={scale} listening={false}>
      {characterShapes(look).map(konvaShape)}
    </Group>
  );
}

export function BubbleBackground({ kind, look }: { kind: BubbleKind; look: CharacterLook }) {
  const c = BUBBLE_COLOURS[kind];
  return (
    <Group listening={false}>
      <Rect x={0} y={0} width={PAGE_WIDTH} height={PAGE_HEIGHT} fill="#ffffff" listening={false} />
      <Path data={cloudPath(450, 410, 390, 330, 15)} fill={c.fill} stroke={c.line} strokeWidth={6} lineJoin="round" listening={false} />
      <Circle x={900} y={356} radius={20} fill={c.fill} stroke={c.line} strokeWidth={5} listening={false} />
      <Circle x={936} y={318} radius={12} fill={c.fill} stroke={c.line} strokeWidth={4} listening={false} />
      <Path data={bubbleMarkPath(kind, 450, 150, 34)} fill={c.mark} opacity={0.7} listening={false} />
      <CharacterFigure look={look} {...FIGURE} />
    </Group>
  );
}
