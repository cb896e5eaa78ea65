import { Circle, Group, Line, Rect } from 'react-konva';
import { HOUSE_COLOURS as COLOURS } from './housePicture';
import type { HouseKind } from './housePicture';

/**
 * The house outline behind each page, drawn as vector shapes (no text, no raster), light enough
 * that the child's drawing stays the main thing. Each house has its own colour and one small
 * mark (cloud, sun, stars) so pre-readers can tell them apart.
 */

export function HouseBackground({ kind }: { kind: HouseKind }) {
  const c = COLOURS[kind];
  return (
    <Group listening={false}>
      <Rect x={0} y={0} width={1200} height={800} fill="#ffffff" listening={false} />
      <Line points={[240, 300, 600, 60, 960, 300]} closed fill={c.roof} stroke={c.line} strokeWidth={6} lineJoin="round" listening={false} />
      <Rect x={270} y={300} width={660} height={470} fill={c.wall} stroke={c.line} strokeWidth={6} cornerRadius={8} listening={false} />
      <Rect x={545} y={590} width={110} height={180} stroke={c.line} strokeWidth={5} cornerRadius={55} listening={false} />
      {kind === 'worries' && (
        <Group listening={false}>
          <Circle x={1030} y={110} radius={38} fill="#dfe4ec" listening={false} />
          <Circle x={1075} y={100} radius={48} fill="#dfe4ec" listening={false} />
          <Circle x={1120} y={115} radius={34} fill="#dfe4ec" listening={false} />
        </Group>
      )}
      {kind === 'good' && <Circle x={1080} y={110} radius={55} fill="#ffe7a3" listening={false} />}
      {kind === 'dreams' &&
        [
          [1030, 90],
          [1110, 150],
          [1080, 60],
        ].map(([x, y]) => <Line key={`${x}-${y}`} points={star(x, y, 22, 10)} closed fill="#e6dcfa" listening={false} />)}
    </Group>
  );
}

function star(cx: number, cy: number, outer: number, inner: number): number[] {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    pts.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return pts;
}
