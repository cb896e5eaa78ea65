import { Group, Line, Rect } from 'react-konva';
import { SAFETY_COLOURS as C } from './housePicture';
import type { SafetyPart } from './housePicture';

/**
 * The Safety House behind each drawing page, as vector shapes (no text, no raster): a house on
 * the grass, a dashed soft red line around it (beyond it is "outside"), and a path to the door.
 * The part the page is about is a little stronger in colour; everything else stays quiet, so the
 * child's drawing is the main thing and pre-readers can tell the parts apart.
 */
export function SafetyHouseBackground({ part }: { part: Exclude<SafetyPart, 'path'> }) {
  return (
    <Group listening={false}>
      {/* Beyond the line: outside. */}
      <Rect x={0} y={0} width={1200} height={800} fill={part === 'outside' ? C.outside : C.sky} listening={false} />
      {/* Inside the line: the garden, where visitors come. */}
      <Rect
        x={150}
        y={40}
        width={900}
        height={720}
        cornerRadius={90}
        fill={part === 'visitors' ? C.visitors : C.grass}
        stroke={C.boundary}
        strokeWidth={6}
        dash={[26, 18]}
        listening={false}
      />
      {/* The path from the garden gate to the door. */}
      <Line
        points={[600, 660, 560, 700, 470, 730, 380, 760]}
        stroke={C.path}
        strokeWidth={60}
        lineCap="round"
        lineJoin="round"
        tension={0.4}
        listening={false}
      />
      {/* The roof, where the rules go. */}
      <Line
        points={[330, 300, 600, 100, 870, 300]}
        closed
        fill={part === 'rules' ? C.roofStrong : C.roof}
        stroke={C.line}
        strokeWidth={6}
        lineJoin="round"
        listening={false}
      />
      {/* The house, where the people the child wants living with them go. */}
      <Rect
        x={370}
        y={300}
        width={460}
        height={360}
        fill={part === 'inside' ? C.wallStrong : C.wall}
        stroke={C.line}
        strokeWidth={6}
        cornerRadius={6}
        listening={false}
      />
      <Rect x={555} y={530} width={90} height={130} fill={C.door} cornerRadius={45} listening={false} />
    </Group>
  );
}
