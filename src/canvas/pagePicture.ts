import type Konva from 'konva';
import type { StrokeItem } from '../model/types';
import { PICTURE_MIN_STROKES, inkFingerprint } from './inkPicture';
import type { DecodedPicture, InkPictureStore, PictureRead } from './inkPicture';
import { layerCanvas, layerContext } from './konvaAdapter';
import { strokePath2D, whenIdle } from './strokePaint';

/** How long a page waits for its saved picture before painting its strokes instead. */
const PICTURE_WAIT_MS = 1500;
/** A picture is taken once the ink has been still this long (and the page is idle). */
const PICTURE_DELAY_MS = 2000;

/** What the committed layer's canvas shows now (see DrawingSurface). */
export interface InkOnCanvas {
  strokes: StrokeItem[];
  width: number;
  height: number;
  zoom: number;
  /** The canvas shows `strokes` with an eraser's cuts so far. */
  erasing?: boolean;
}

/** What the picture cache needs from the drawing surface, read when it is needed. */
export interface PagePictureSurface {
  layer(): Konva.Layer | null;
  /** The page's strokes, as last handed to the committed layer. */
  strokes(): StrokeItem[];
  onCanvas(): InkOnCanvas | null;
  setOnCanvas(ink: InkOnCanvas | null): void;
  /** True while a finger or pen is down: no picture is taken mid-gesture. */
  gestureActive(): boolean;
  /** Shows how many strokes the canvas shows, and where the ink came from. */
  showStrokeCount(count: number, inkFrom?: 'picture' | 'strokes'): void;
  /** False once the surface has left the page. */
  connected(): boolean;
}

/**
 * The saved picture of one page's committed ink (see inkPicture.ts for the store and why):
 * opening the page from it when it shows exactly these strokes at this size, and taking a new
 * one once the ink has been still for a while. The strokes stay the only truth.
 */
export class PagePicture {
  /** The committed layer stays empty while the picture is on its way. */
  private stillWaiting: boolean;
  /** The page-to-pixels zoom Konva last drew the committed layer with. */
  private zoom = 0;
  /** The fingerprint of the strokes the stored picture shows. */
  private saved: string | null = null;
  private timer: ReturnType<typeof setTimeout> | 0 = 0;
  /** The drawing surface, once it is on the screen (see attach). */
  private surface: PagePictureSurface | null = null;

  constructor(
    private readonly store: InkPictureStore | undefined,
    private readonly pageId: string,
    readonly onTheWay: PictureRead | null,
  ) {
    this.stillWaiting = onTheWay !== null;
  }

  /** Connects the drawing surface whose committed layer this picture is of. */
  attach(surface: PagePictureSurface): void {
    this.surface = surface;
  }

  /** True while the picture is on its way: the committed layer stays empty meanwhile. */
  get waiting(): boolean {
    return this.stillWaiting;
  }

  /** The page changed before the picture came: its strokes are painted instead. */
  paintStrokesInstead(): void {
    this.stillWaiting = false;
  }

  /** Konva drew the committed layer at this page-to-pixels zoom (a picture must match it). */
  drawnAt(zoom: number): void {
    this.zoom = zoom;
  }

  /**
   * Takes a picture of the committed layer for the next time the page opens, only if it shows
   * exactly the page's strokes. `toBlob` copies the pixels at once and encodes them later, away
   * from drawing.
   */
  take(): void {
    this.timer = 0;
    const { store, surface } = this;
    if (!surface) return;
    const onCanvas = surface.onCanvas();
    const strokes = surface.strokes();
    const layer = surface.layer();
    if (!store || !layer || !onCanvas || onCanvas.erasing || onCanvas.strokes !== strokes || strokes.length < PICTURE_MIN_STROKES) return;
    const fingerprint = inkFingerprint(strokes);
    if (fingerprint === this.saved) return;
    const { width, height, zoom } = onCanvas;
    layerCanvas(layer).toBlob((png) => {
      if (!png) return;
      // Only a cache: a failed write (locked, disk full) means the page opens by painting its strokes.
      store.save(this.pageId, { fingerprint, width, height, zoom, png }).then(
        () => {
          this.saved = fingerprint;
        },
        () => undefined,
      );
    }, 'image/png');
  }

  /** Takes a picture once the ink has been still for a while and the page is idle. */
  schedule(): void {
    const surface = this.surface;
    if (!this.store || !surface || surface.strokes().length < PICTURE_MIN_STROKES) return;
    if (this.timer) clearTimeout(this.timer);
    const attempt = () => {
      whenIdle(() => {
        // Never in the middle of a gesture: try again once it is over.
        if (surface.gestureActive()) this.timer = setTimeout(attempt, PICTURE_DELAY_MS);
        else this.take();
      });
    };
    this.timer = setTimeout(attempt, PICTURE_DELAY_MS);
  }

  /** Leaving the page soon after drawing: take the picture now, while the layer still has its pixels. */
  leave(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.take();
  }

  /**
   * Opening the page: shows the saved picture if it shows exactly these strokes at this size;
   * otherwise (none yet, out of date, unreadable, or too slow to come) paints the strokes.
   * Returns the way to give up (the surface's effect was undone).
   */
  open(): () => void {
    const { onTheWay, surface } = this;
    if (!this.waiting || !onTheWay || !surface) return () => undefined;
    let settled = false;
    const paintStrokes = () => {
      if (settled) return;
      settled = true;
      if (!this.waiting) return;
      this.stillWaiting = false;
      surface.setOnCanvas(null);
      surface.layer()?.draw();
    };
    const show = ({ stored, bitmap }: DecodedPicture) => {
      // Settled already (painted from the strokes, or given up): leave the bitmap to the garbage
      // collector, as another opening of the page may still be using it.
      if (settled || !this.waiting) return;
      const layer = surface.layer();
      const strokes = surface.strokes();
      const canvas = layer ? layerCanvas(layer) : undefined;
      const fits = stored && bitmap && canvas && stored.width === canvas.width && stored.height === canvas.height && stored.zoom === this.zoom;
      if (!layer || !canvas || !stored || !bitmap || !fits || stored.fingerprint !== inkFingerprint(strokes)) {
        bitmap?.close();
        paintStrokes();
        return;
      }
      settled = true;
      clearTimeout(timer);
      this.stillWaiting = false;
      const ctx = layerContext(layer);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0);
      ctx.restore();
      bitmap.close();
      surface.setOnCanvas({ strokes, width: canvas.width, height: canvas.height, zoom: this.zoom });
      this.saved = stored.fingerprint;
      surface.showStrokeCount(strokes.length, 'picture');
      // The strokes' outlines are traced while the page is idle, so the first wipe of the eraser
      // (which repaints the strokes) does not have to trace them all at once.
      traceWhenIdle(strokes, () => surface.connected());
    };
    const timer = setTimeout(paintStrokes, PICTURE_WAIT_MS);
    if (onTheWay.value) show(onTheWay.value);
    else void onTheWay.promise.then(show);
    return () => {
      settled = true;
      clearTimeout(timer);
    };
  }
}

/** Traces every stroke's outline (cached by strokePath2D) a few at a time while the page is idle. */
function traceWhenIdle(strokes: readonly StrokeItem[], stillWanted: () => boolean): void {
  let next = 0;
  const step = (deadline?: IdleDeadline) => {
    if (!stillWanted()) return;
    const end = deadline ? strokes.length : Math.min(strokes.length, next + 50);
    while (next < end) {
      strokePath2D(strokes[next++]);
      if (deadline && deadline.timeRemaining() < 2) break;
    }
    if (next < strokes.length) whenIdle(step);
  };
  whenIdle(step);
}
