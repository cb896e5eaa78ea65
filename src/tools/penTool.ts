import type { StrokeItem } from '../model/types';
import { addItem } from '../store/commands';
import { newId, nowIso } from '../model/ids';
import type { LiveStroke, PagePoint, Tool, ToolContext } from './types';

export interface PenOptions {
  color: string;
  size: number;
  simulatePressure: boolean;
}

/**
 * Points are kept to a hundredth of a page unit and pressure to a thousandth: finer than any
 * screen shows, and a saved page is a fraction of the size it would be with every digit of a
 * pointer position (less to encrypt, store and parse each time a large page is saved or opened).
 */
const coordinate = (v: number) => Math.round(v * 100) / 100;
const pressure = (v: number) => Math.round(v * 1000) / 1000;

/** Idle -> Drawing -> Idle. Points collect in a plain array; the store sees one command on up. */
export class PenTool implements Tool {
  /** Flat x, y, pressure triplets of the stroke in progress; read by the live layer. */
  points: number[] = [];
  active = false;

  constructor(
    private readonly ctx: ToolContext,
    readonly options: PenOptions,
  ) {}

  down(p: PagePoint): void {
    this.active = true;
    this.points = [coordinate(p.x), coordinate(p.y), pressure(p.pressure)];
    this.ctx.requestPaint();
  }

  move(points: readonly PagePoint[]): void {
    if (!this.active) return;
    for (const p of points) this.points.push(coordinate(p.x), coordinate(p.y), pressure(p.pressure));
    this.ctx.requestPaint();
  }

  liveStroke(): LiveStroke | null {
    return this.active ? { points: this.points, color: this.options.color, size: this.options.size, simulatePressure: this.options.simulatePressure } : null;
  }

  /** True when `p` is where the stroke already ends (a lift at the last move's position adds nothing). */
  endsAt(p: PagePoint): boolean {
    const n = this.points.length;
    return n >= 3 && this.points[n - 3] === coordinate(p.x) && this.points[n - 2] === coordinate(p.y);
  }

  up(): StrokeItem | undefined {
    if (!this.active) return undefined;
    this.active = false;
    const stroke: StrokeItem = {
      id: newId(),
      kind: 'stroke',
      points: this.points,
      color: this.options.color,
      size: this.options.size,
      simulatePressure: this.options.simulatePressure,
      createdAt: nowIso(),
    };
    this.points = [];
    this.ctx.commit(addItem(this.ctx.page().id, stroke));
    this.ctx.requestPaint();
    return stroke;
  }

  cancel(): void {
    this.active = false;
    this.points = [];
    this.ctx.requestPaint();
  }
}
