import { describe, expect, it, vi } from 'vitest';
import { TOOLS } from '../../../src/tools/tools';
import type { ToolContext, ToolFactory } from '../../../src/tools/types';
import type { Page } from '../../../src/model/types';
import type { Command } from '../../../src/store/commands';

const page: Page = { id: 'p', activity: 'three-houses', place: 'house-of-worries', items: [], promptsShown: [], notShared: [] };

function context() {
  const commit = vi.fn<(command: Command) => void>();
  const ctx: ToolContext = { page: () => page, commit, requestPaint: vi.fn() };
  return { ...ctx, commit };
}

/** Each tool as the drawing surface sees it: made by its factory, known only as a Tool. */
const make: Record<keyof typeof TOOLS, ToolFactory> = TOOLS;

// The drawing surface knows tools only through the Tool interface: what it paints live comes from
// liveStroke, what it repaints from takeDirty and cut, and a lift that adds nothing from endsAt.
describe('the tools, through the Tool interface', () => {
  it('the pen shows its stroke live while it is down, and commits one stroke on up', () => {
    const ctx = context();
    const pen = make.pen(ctx, { color: '#d32f2f', size: 8, simulatePressure: true });
    expect(pen.liveStroke?.()).toBeNull();
    pen.down({ x: 10, y: 10, pressure: 0.5 });
    pen.move([{ x: 20, y: 25, pressure: 0.5 }]);
    expect(pen.liveStroke?.()).toEqual({ points: [10, 10, 0.5, 20, 25, 0.5], color: '#d32f2f', size: 8, simulatePressure: true });
    expect(pen.endsAt?.({ x: 20, y: 25, pressure: 0.5 })).toBe(true);
    expect(pen.endsAt?.({ x: 21, y: 25, pressure: 0.5 })).toBe(false);
    pen.up();
    expect(pen.liveStroke?.()).toBeNull();
    expect(ctx.commit).toHaveBeenCalledTimes(1);
  });

  it('the eraser has no live stroke and reports no change on an empty page', () => {
    const eraser = make.eraser(context(), { color: '#000', size: 8, simulatePressure: false });
    eraser.down({ x: 10, y: 10, pressure: 0.5 });
    eraser.move([{ x: 50, y: 50, pressure: 0.5 }]);
    expect(eraser.liveStroke).toBeUndefined();
    expect(eraser.takeDirty?.()).toBeNull();
    expect(eraser.cut?.size).toBe(0);
    eraser.up();
  });
});
