import type { StrokeItem } from '../model/types';
import { LiveStrokeOutline, strokeOutline, traceOutline } from '../ink/strokeGeometry';
import type { OutlinePiece, StrokeBounds } from '../ink/strokeGeometry';

/**
 * Path2D per committed stroke, traced once from its outline straight into the path (no SVG string
 * to build and parse). Filling a Path2D is the cheapest way to repaint thousands of strokes: no
 * Konva node per stroke, no re-parse.
 */
const pathCache = new WeakMap<StrokeItem, { points: number[]; length: number; path: Path2D }>();

export function strokePath2D(stroke: StrokeItem): Path2D {
  const hit = pathCache.get(stroke);
  if (hit && hit.points === stroke.points && hit.length === stroke.points.length) return hit.path;
  const path = new Path2D();
  traceOutline(path, strokeOutline(stroke.points, stroke.size, stroke.simulatePressure, true));
  pathCache.set(stroke, { points: stroke.points, length: stroke.points.length, path });
  return path;
}

export function paintStroke(ctx: CanvasRenderingContext2D, stroke: StrokeItem): void {
  ctx.fillStyle = stroke.color;
  ctx.fill(strokePath2D(stroke));
}

/**
 * Tile edge in device pixels. In software compositing a frame copies each tile it touched, whole,
 * to the compositor, and each copy also has a fixed cost. Traced at 4x CPU slow-down, a 256-pixel
 * tile cost about 1.2 ms a frame and a 512-pixel one 2.3 ms, but a stroke's frame touched 1.3 small
 * tiles against 0.8 large ones, and the frames that cross tile edges (the slowest ones, which the
 * 95th percentile counts) got slower: bigger tiles win.
 */
const TILE_PX = 512;
/** Device pixels added around every redrawn area, for anti-aliasing. */
const AA_MARGIN_PX = 2;

interface Tile {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D | null;
  /** Position and size in device pixels of the whole drawing area. */
  x: number;
  y: number;
  w: number;
  h: number;
  inked: boolean;
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

/** Pieces per group: a group reaches past the area a frame redraws, which costs little (it is clipped). */
const PIECES_PER_GROUP = 8;

const contextOf = (canvas: HTMLCanvasElement): CanvasRenderingContext2D | null => canvas.getContext('2d', { desynchronized: true });

/** Runs `step` when the page is idle (or soon, where requestIdleCallback is missing, as in older Safari). */
export function whenIdle(step: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 2000 });
  else setTimeout(step, 50);
}

const intersects = (a: StrokeBounds, b: StrokeBounds): boolean => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

function union(a: StrokeBounds | null, b: StrokeBounds): StrokeBounds {
  if (!a) return { ...b };
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

/**
 * The stroke being drawn, on a grid of canvas tiles over the drawing area.
 *
 * Per frame only the area that changed is cleared and refilled: the previous and the new tail of the
 * stroke plus any outline that just became final (see LiveStrokeOutline). So a frame costs the same
 * at the start of a stroke and 600 points in, and nothing here depends on the strokes already on the
 * page. The grid matters because a canvas is handed to the compositor whole: a frame that touches one
 * tile copies one tile, not a page-sized bitmap.
 *
 * The tiles ask for `desynchronized` contexts (Chrome's low-latency hint for inking), as do the Konva
 * layers (see DrawingSurface): such canvases reach the compositor without a page repaint, so drawing
 * on one does not make the browser re-snapshot the page-sized ones (in software compositing that copy
 * dominated the frame). Browsers that do not know the hint ignore it.
 */
export class LiveInk {
  private tiles: Tile[] = [];
  private cols = 0;
  private rows = 0;
  private widthPx = 0;
  private heightPx = 0;
  /** Device pixels per page unit. */
  private k = 1;
  private outline: LiveStrokeOutline | null = null;
  private source: readonly number[] | null = null;
  private color = '';
  private frozen: FrozenGroup[] = [];
  private tail: OutlinePiece | null = null;

  constructor(private readonly container: HTMLElement) {}

  /** Lays out the tiles for a drawing area of `cssWidth` x `cssHeight` showing the page at `scale`. */
  layout(cssWidth: number, cssHeight: number, scale: number, pixelRatio: number): void {
    this.clear();
    for (const tile of this.tiles) tile.canvas.remove();
    this.tiles = [];
    // Same bitmap size as Konva gives its layers, so live and committed ink land on the same pixels.
    this.widthPx = Math.floor(cssWidth * pixelRatio);
    this.heightPx = Math.floor(cssHeight * pixelRatio);
    this.k = scale * pixelRatio;
    this.cols = Math.ceil(this.widthPx / TILE_PX);
    this.rows = Math.ceil(this.heightPx / TILE_PX);
    // Every tile exists from the start (an undrawn canvas has no bitmap yet): adding one mid-stroke
    // would repaint the page.
    for (let row = 0; row < this.rows; row++) {
      for (let col = 0; col < this.cols; col++) {
        const x = col * TILE_PX;
        const y = row * TILE_PX;
        const w = Math.min(TILE_PX, this.widthPx - x);
        const h = Math.min(TILE_PX, this.heightPx - y);
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        canvas.style.cssText = `position:absolute;left:${x / pixelRatio}px;top:${y / pixelRatio}px;width:${w / pixelRatio}px;height:${h / pixelRatio}px;pointer-events:none`;
        this.container.append(canvas);
        this.tiles.push({ canvas, ctx: null, x, y, w, h, inked: false });
      }
    }
    this.prepareContexts();
  }

  /**
   * Creating a canvas context takes about a millisecond, so the tiles get theirs while the page is
   * idle rather than in the frame where a stroke first reaches them.
   */
  private prepareContexts(): void {
    const tiles = this.tiles;
    const step = (deadline?: IdleDeadline) => {
      if (tiles !== this.tiles) return;
      // At least one per call, so a page that is never idle still gets there.
      let made = 0;
      for (const tile of tiles) {
        if (tile.ctx) continue;
        if (made > 0 && !(deadline && deadline.timeRemaining() > 2)) {
          whenIdle(step);
          return;
        }
        tile.ctx = contextOf(tile.canvas);
        made++;
      }
    };
    whenIdle(step);
  }

  /** Drops the tiles (the drawing area is going away). */
  dispose(): void {
    this.clear();
    for (const tile of this.tiles) tile.canvas.remove();
    this.tiles = [];
  }

  /** True while something is shown. */
  get inked(): boolean {
    return this.source !== null;
  }

  /** Brings the live stroke up to date with `points` (the pen's growing array; a new array is a new stroke). */
  paint(points: readonly number[], color: string, size: number, simulatePressure: boolean): void {
    if (points !== this.source) {
      this.clear();
      this.container.style.display = '';
      this.source = points;
      this.color = color;
      this.outline = new LiveStrokeOutline(size, simulatePressure);
    }
    const outline = this.outline as LiveStrokeOutline;
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

  /**
   * Takes the stroke away and forgets it. Called in the same task that paints the committed stroke.
   * The tiles are hidden, then wiped: a hidden canvas is not handed to the compositor, so wiping a
   * stroke that crossed many tiles costs next to nothing, where wiping visible tiles would send each
   * one to the compositor again. No frame misses the stroke; at worst one frame shows both copies,
   * which differ only in their anti-aliased edges.
   */
  clear(): void {
    if (this.tiles.some((tile) => tile.inked)) this.container.style.display = 'none';
    for (const tile of this.tiles) {
      if (!tile.inked || !tile.ctx) continue;
      tile.ctx.setTransform(1, 0, 0, 1, 0, 0);
      tile.ctx.clearRect(0, 0, tile.w, tile.h);
      tile.inked = false;
    }
    this.source = null;
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
        if (!tile) continue;
        const ctx = (tile.ctx ??= contextOf(tile.canvas));
        if (!ctx) continue;
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
