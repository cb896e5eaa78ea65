import { PenTool } from '../../../src/tools/penTool';
import type { Command } from '../../../src/store/commands';
import type { ToolContext } from '../../../src/tools/types';
import type { Page, StrokeItem } from '../../../src/model/types';

function pen() {
  const commits: Command[] = [];
  const page = { id: 'p1' } as Page;
  const ctx: ToolContext = { page: () => page, commit: (c) => commits.push(c), requestPaint: () => undefined };
  return { tool: new PenTool(ctx, { color: '#000000', size: 8, simulatePressure: true }), commits };
}

describe('the pen', () => {
  it('keeps points to a hundredth of a page unit and pressure to a thousandth', () => {
    const { tool } = pen();
    tool.down({ x: 10.123456789, y: 20.987654321, pressure: 0.51234 });
    tool.move([{ x: 11.005, y: 21.2049, pressure: 0.49999 }]);
    const stroke = tool.up() as StrokeItem;
    expect(stroke.points).toEqual([10.12, 20.99, 0.512, 11.01, 21.2, 0.5]);
    // The saved form is short: no long tails of digits.
    expect(JSON.stringify(stroke.points)).toBe('[10.12,20.99,0.512,11.01,21.2,0.5]');
  });

  it('treats a lift where the stroke already ends as no new point, after rounding', () => {
    const { tool } = pen();
    tool.down({ x: 1, y: 1, pressure: 0.5 });
    tool.move([{ x: 5.001, y: 5.002, pressure: 0.5 }]);
    expect(tool.endsAt({ x: 5.0011, y: 4.9981, pressure: 0.5 })).toBe(true);
    expect(tool.endsAt({ x: 5.02, y: 5, pressure: 0.5 })).toBe(false);
  });

  it('commits one stroke per gesture', () => {
    const { tool, commits } = pen();
    tool.down({ x: 1, y: 1, pressure: 0.5 });
    tool.move([{ x: 2, y: 2, pressure: 0.5 }]);
    tool.up();
    expect(commits).toHaveLength(1);
    expect(commits[0].name).toBe('addItem');
  });
});
