import { LiveStrokeOutline } from '../ink/strokeGeometry';
import type { OutlinePiece, StrokeBounds } from '../ink/strokeGeometry';

/** The 2D context of a tile: a canvas in the page, or one handed to the live ink's worker. */
export type TileContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A tile's place in the drawing area, in device pixels. */
export interface TileBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Tile edge in device pixels. In software compositing a frame copies each tile it touched, whole,
 * to the compositor, and each copy also has a fixed cost. Traced at 4x CPU slow-down, a 256-pixel
 * tile cost about 1.2 ms a frame and a 512-pixel one 2.3 ms, but a stroke's frame touched 1.3 small
 * tiles against 0.8 large ones, and the frames that cross tile edges (the slowest ones, which the
 * 95th percentile counts) got slower: bigger tiles win.
 */
export const TILE_PX = 512;
/** Device pixels added around every redrawn area, for anti-aliasing. */
const AA_MARGIN_PX = 2;
/** Pieces per group: a group reaches past the area a frame redraws, which costs little (it is clipped). */
const PIECES_PER_GROUP = 8;

/** The tiles that cover a drawing area of `widthPx` x `heightPx` device pixels, row by row. */
export function tileGrid(widthPx: number, heightPx: number): { cols: number; boxes: TileBox[] } {
  const cols = Math.ceil(widthPx / TILE_PX);
  const rows = Math.ceil(heightPx / TILE_PX);
  const boxes: TileBox[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = col * TILE_PX;
      const y = row * TILE_PX;
      boxes.push({ x, y, w: Math.min(TILE_PX, widthPx - x), h: Math.min(TILE_PX, heightPx - y) });
    }
  }
  return { cols, boxes };
}

/**
 * Frozen outline pieces, traced one after the other into one path. A frame adds every group near its
 * changes to its ink with one call, where adding each piece's own path cost more than the rest of
 * the frame's scripting.
 */
interface FrozenGroup {
  path: Path2D;
  bounds: StrokeBounds;
  pieces: number;
}

interface Tile extends TileBox {
  ctx: () => TileContext | null;
  inked: boolean;
}

const intersects = (a: StrokeBounds, b: StrokeBounds): boolean => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

function union(a: StrokeBounds | null, b: StrokeBounds): StrokeBounds {
  if (!a) return { ...b };
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

/**
 * Paints the stroke being drawn on a grid of tiles over the drawing area. The same code runs in
 * the live ink's worker and, where a browser cannot hand a canvas to a worker, in the page.
 *
 * Per update only the area that changed is cleared and refilled: the previous and the new tail of
 * the stroke plus any outline that just became final (see LiveStrokeOutline). So an update costs
 * the same at the start of a stroke and 600 points in, and nothing here depends on the strokes
 * already on the page. The grid matters because a canvas is handed to the compositor whole: an
 * update that touches one tile copies one tile, not a page-sized bitmap.
 */
export class LiveInkPainter {
  private outline: LiveStrokeOutline | null = null;
  private color = '';
  private frozen: FrozenGroup[] = [];
  private tail: OutlinePiece | null = null;
  private readonly tiles: Tile[];

  /**
   * `contextOf(i)` gives tile i's context; it is asked for only when the tile is first drawn on,
   * unless made ahead (see the hosts).
   */
  constructor(
    boxes: readonly TileBox[],
    private readonly cols: number,
    private readonly widthPx: number,
    private readonly heightPx: number,
    /** Device pixels per page unit. */
    private readonly k: number,
    contextOf: (index: number) => TileContext | null,
  ) {
    this.tiles = boxes.map((box, index) => {
      let ctx: TileContext | null | undefined;
      return { ...box, ctx: () => (ctx ??= contextOf(index)), inked: false };
    });
  }

  /** True while a tile holds ink. */
  get inked(): boolean {
    return this.tiles.some((tile) => tile.inked);
  }

  /** Starts a new stroke (wiping any other). */
  begin(color: string, size: number, simulatePressure: boolean): void {
    this.clear();
    this.color = color;
    this.outline = new LiveStrokeOutline(size, simulatePressure);
  }

  /** Brings the stroke up to date with `points` (the stroke's whole array so far). */
  update(points: readonly number[]): void {
    const outline = this.outline;
    if (!outline) return;
    outline.update(points);
    // The previous tail's area is cleared and filled again, with whatever is there now.
    let dirty: StrokeBounds | null = this.tail ? { ...this.tail.bounds } : null;
    for (const piece of outline.takeFrozen()) {
      let group = this.frozen[this.frozen.length - 1];
      if (!group || group.pieces >= PIECES_PER_GROUP) {
        group = { path: new Path2D(), bounds: { ...piece.bounds }, pieces: 0 };
        this.frozen.push(group);
      }
      piece.trace(group.path);
      group.bounds = union(group.bounds, piece.bounds);
      group.pieces++;
      dirty = union(dirty, piece.bounds);
    }
    this.tail = outline.tail();
    if (this.tail) dirty = union(dirty, this.tail.bounds);
    if (dirty) this.redraw(dirty);
  }

  /** Wipes every inked tile and forgets the stroke. */
  clear(): void {
    for (const tile of this.tiles) {
      if (!tile.inked) continue;
      const ctx = tile.ctx();
      tile.inked = false;
      if (!ctx) continue;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, tile.w, tile.h);
    }
    this.outline = null;
    this.frozen = [];
    this.tail = null;
  }

  private redraw(area: StrokeBounds): void {
    const k = this.k;
    // Whole device pixels, so clearing and clipping never leave half-cleared edge pixels behind.
    const x0 = Math.max(0, Math.floor(area.minX * k) - AA_MARGIN_PX);
    const y0 = Math.max(0, Math.floor(area.minY * k) - AA_MARGIN_PX);
    const x1 = Math.min(this.widthPx, Math.ceil(area.maxX * k) + AA_MARGIN_PX);
    const y1 = Math.min(this.heightPx, Math.ceil(area.maxY * k) + AA_MARGIN_PX);
    if (x1 <= x0 || y1 <= y0) return;
    // Everything that can put ink in the area, as one path: overlapping pieces are filled as one
    // shape, so their shared edges are anti-aliased once, exactly like the committed stroke. Pieces
    // of a group that lie outside the area change no pixel in it: the fill is clipped to the area.
    const reach = (AA_MARGIN_PX + 1) / k;
    const query = { minX: x0 / k - reach, minY: y0 / k - reach, maxX: x1 / k + reach, maxY: y1 / k + reach };
    const ink = new Path2D();
    for (const group of this.frozen) if (intersects(group.bounds, query)) ink.addPath(group.path);
    this.tail?.trace(ink);

    const firstCol = Math.floor(x0 / TILE_PX);
    const lastCol = Math.floor((x1 - 1) / TILE_PX);
    const firstRow = Math.floor(y0 / TILE_PX);
    const lastRow = Math.floor((y1 - 1) / TILE_PX);
    for (let row = firstRow; row <= lastRow; row++) {
      for (let col = firstCol; col <= lastCol; col++) {
        const tile = this.tiles[row * this.cols + col];
        const ctx = tile?.ctx();
        if (!tile || !ctx) continue;
        const left = Math.max(x0, tile.x) - tile.x;
        const top = Math.max(y0, tile.y) - tile.y;
        const width = Math.min(x1, tile.x + tile.w) - tile.x - left;
        const height = Math.min(y1, tile.y + tile.h) - tile.y - top;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(left, top, width, height);
        ctx.save();
        ctx.beginPath();
        ctx.rect(left, top, width, height);
        ctx.clip();
        ctx.setTransform(k, 0, 0, k, -tile.x, -tile.y);
        ctx.fillStyle = this.color;
        ctx.fill(ink);
        ctx.restore();
        tile.inked = true;
      }
    }
  }
}
