import { LiveInkPainter, tileGrid } from './liveInkPainter';
import type { TileBox, TileContext } from './liveInkPainter';
import type { LiveInkReply, LiveInkRequest } from './liveInkWorker';
import { SharedPoints, sharedMemoryAvailable } from './sharedPoints';
import { whenIdle } from './strokePaint';

/**
 * The stroke being drawn, above the committed ink: a grid of canvas tiles over the drawing area
 * (see LiveInkPainter for why tiles). The tiles ask for `desynchronized` contexts (Chrome's
 * low-latency hint for inking), as do the Konva layers (see DrawingSurface): such canvases reach
 * the compositor without a page repaint, so drawing on one does not make the browser re-snapshot
 * the page-sized ones (in software compositing that copy dominated the frame).
 *
 * Where the browser can hand a canvas to a worker (transferControlToOffscreen), the tiles are
 * painted there: tracing the outline, filling it and handing each touched tile to the compositor
 * then cost the page's thread nothing, which leaves it the pointer events alone. At 4x CPU
 * slow-down that was about half of a drawing frame's time on the page's thread
 * (docs/BENCHMARKS.md). Elsewhere, or if the worker cannot start, they are painted in the page.
 */
export interface LiveInk {
  /** Lays out the tiles for a drawing area of `cssWidth` x `cssHeight` showing the page at `scale`. */
  layout(cssWidth: number, cssHeight: number, scale: number, pixelRatio: number): void;
  /** Brings the live stroke up to date with `points` (the pen's growing array; a new array is a new stroke). */
  paint(points: readonly number[], color: string, size: number, simulatePressure: boolean): void;
  /**
   * Takes the stroke away and forgets it. Called in the same task that paints the committed stroke.
   * The tiles are hidden, then wiped: a hidden canvas is not handed to the compositor, so wiping a
   * stroke that crossed many tiles costs next to nothing, where wiping visible tiles would send each
   * one to the compositor again. No frame misses the stroke; at worst one frame shows both copies,
   * which differ only in their anti-aliased edges.
   */
  clear(): void;
  /** Drops the tiles (the drawing area is going away). */
  dispose(): void;
  /** True while a stroke is shown. */
  readonly inked: boolean;
  /**
   * True when `paint` only hands the points over and the painting happens on frames of its own
   * (a worker reading shared memory): then it is cheaper to call `paint` on each pointer event
   * than to ask the page for an animation frame to call it from.
   */
  readonly paintsOnItsOwnFrames: boolean;
}

export function createLiveInk(container: HTMLElement): LiveInk {
  const canHandOver =
    typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function';
  return canHandOver ? new WorkerLiveInk(container) : new PageLiveInk(container);
}

/** Device pixels of a drawing area (the same bitmap size as Konva gives its layers, so live and committed ink land on the same pixels). */
const devicePixels = (css: number, pixelRatio: number) => Math.floor(css * pixelRatio);

/**
 * Every tile exists from the start (an undrawn canvas has no bitmap yet): adding one mid-stroke
 * would repaint the page.
 */
function placeTiles(container: HTMLElement, boxes: readonly TileBox[], pixelRatio: number): HTMLCanvasElement[] {
  return boxes.map(({ x, y, w, h }) => {
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.style.cssText = `position:absolute;left:${x / pixelRatio}px;top:${y / pixelRatio}px;width:${w / pixelRatio}px;height:${h / pixelRatio}px;pointer-events:none`;
    container.append(canvas);
    return canvas;
  });
}

/** The live ink painted on the page's own thread. */
class PageLiveInk implements LiveInk {
  private canvases: HTMLCanvasElement[] = [];
  private painter: LiveInkPainter | null = null;
  private source: readonly number[] | null = null;

  constructor(private readonly container: HTMLElement) {}

  layout(cssWidth: number, cssHeight: number, scale: number, pixelRatio: number): void {
    this.dispose();
    const widthPx = devicePixels(cssWidth, pixelRatio);
    const heightPx = devicePixels(cssHeight, pixelRatio);
    const { cols, boxes } = tileGrid(widthPx, heightPx);
    const canvases = placeTiles(this.container, boxes, pixelRatio);
    const contexts: (TileContext | null | undefined)[] = [];
    const contextOf = (i: number) => (contexts[i] ??= canvases[i].getContext('2d', { desynchronized: true }));
    this.canvases = canvases;
    this.painter = new LiveInkPainter(boxes, cols, widthPx, heightPx, scale * pixelRatio, contextOf);
    // Creating a canvas context takes about a millisecond, so the tiles get theirs while the page
    // is idle rather than in the frame where a stroke first reaches them.
    const step = (deadline?: IdleDeadline) => {
      if (canvases !== this.canvases) return;
      // At least one per call, so a page that is never idle still gets there.
      for (let i = 0, made = 0; i < canvases.length; i++) {
        if (contexts[i] !== undefined) continue;
        if (made > 0 && !(deadline && deadline.timeRemaining() > 2)) return whenIdle(step);
        contextOf(i);
        made++;
      }
    };
    whenIdle(step);
  }

  get inked(): boolean {
    return this.source !== null;
  }

  readonly paintsOnItsOwnFrames = false;

  paint(points: readonly number[], color: string, size: number, simulatePressure: boolean): void {
    if (!this.painter) return;
    if (points !== this.source) {
      this.clear();
      this.container.style.display = '';
      this.source = points;
      this.painter.begin(color, size, simulatePressure);
    }
    this.painter.update(points);
  }

  clear(): void {
    if (this.painter?.inked) this.container.style.display = 'none';
    this.painter?.clear();
    this.source = null;
  }

  dispose(): void {
    this.clear();
    for (const canvas of this.canvases) canvas.remove();
    this.canvases = [];
    this.painter = null;
  }
}

/**
 * The live ink painted in a worker (liveInkWorker.ts). The page writes the points to memory it
 * shares with the worker, which reads them on its own frames (see SharedPoints); where the page
 * cannot share memory, it sends each frame's new points in a message. The tiles are shown once
 * the worker says the stroke is on them, so a new stroke never flashes the one before it.
 */
class WorkerLiveInk implements LiveInk {
  private readonly worker: Worker;
  private canvases: HTMLCanvasElement[] = [];
  private source: readonly number[] | null = null;
  private sent = 0;
  private stroke = 0;
  private lastLayout: [number, number, number, number] | null = null;
  /** The page's own painter, once the worker has failed. */
  private fallback: PageLiveInk | null = null;
  private shared: SharedPoints | null = null;

  constructor(private readonly container: HTMLElement) {
    container.style.display = 'none';
    this.worker = new Worker(new URL('./liveInkWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<LiveInkReply>) => {
      if (event.data.type === 'failed') this.fallBack();
      else if (event.data.stroke === this.stroke && this.source !== null) this.container.style.display = '';
    };
    this.worker.onerror = () => this.fallBack();
    if (sharedMemoryAvailable()) this.share(new SharedPoints());
  }

  get paintsOnItsOwnFrames(): boolean {
    return this.shared !== null && this.fallback === null;
  }

  layout(cssWidth: number, cssHeight: number, scale: number, pixelRatio: number): void {
    if (this.fallback) return this.fallback.layout(cssWidth, cssHeight, scale, pixelRatio);
    this.lastLayout = [cssWidth, cssHeight, scale, pixelRatio];
    this.clear();
    this.removeTiles();
    const widthPx = devicePixels(cssWidth, pixelRatio);
    const heightPx = devicePixels(cssHeight, pixelRatio);
    const { cols, boxes } = tileGrid(widthPx, heightPx);
    this.canvases = placeTiles(this.container, boxes, pixelRatio);
    const canvases = this.canvases.map((canvas) => canvas.transferControlToOffscreen());
    this.post({ type: 'layout', canvases, boxes, cols, widthPx, heightPx, k: scale * pixelRatio }, canvases);
  }

  get inked(): boolean {
    return this.fallback ? this.fallback.inked : this.source !== null;
  }

  paint(points: readonly number[], color: string, size: number, simulatePressure: boolean): void {
    if (this.fallback) return this.fallback.paint(points, color, size, simulatePressure);
    if (points !== this.source) {
      this.clear();
      this.source = points;
      this.sent = 0;
      this.stroke++;
      // The shared memory says which stroke it holds before the worker hears of the stroke.
      this.shared?.begin(this.stroke);
      this.post({ type: 'begin', stroke: this.stroke, color, size, simulatePressure });
    }
    if (points.length <= this.sent) return;
    if (!this.shared) {
      this.post({ type: 'points', stroke: this.stroke, points: points.slice(this.sent) });
    } else if (!this.shared.append(points, this.sent)) {
      // A stroke longer than the memory holds: the worker moves to a copy twice the size.
      this.share(SharedPoints.grownFrom(this.shared, points.length));
      this.shared?.append(points, this.sent);
    }
    this.sent = points.length;
  }

  clear(): void {
    if (this.fallback) return this.fallback.clear();
    if (this.source === null) return;
    this.container.style.display = 'none';
    this.source = null;
    this.post({ type: 'clear' });
  }

  dispose(): void {
    this.fallback?.dispose();
    this.clear();
    this.removeTiles();
    this.worker.terminate();
  }

  private share(shared: SharedPoints): void {
    this.shared = shared;
    this.post({ type: 'shared', buffer: shared.buffer });
  }

  private post(message: LiveInkRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private removeTiles(): void {
    for (const canvas of this.canvases) canvas.remove();
    this.canvases = [];
  }

  /** A worker that could not start or paint: the page paints the live ink itself from here on. */
  private fallBack(): void {
    if (this.fallback) return;
    console.warn('Live ink is painted in the page: its worker could not paint.');
    this.worker.terminate();
    this.removeTiles();
    this.source = null;
    this.container.style.display = '';
    this.fallback = new PageLiveInk(this.container);
    if (this.lastLayout) this.fallback.layout(...this.lastLayout);
  }
}
