import { isValidElement, memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import type { Page, StrokeItem } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import type { Command } from '../store/commands';
import { createPointerFilter, pressureFor, simulatesPressure } from '../input/pointerFilter';
import type { FilterPointerEvent, PointerKind } from '../input/pointerFilter';
import { PenTool } from '../tools/penTool';
import { EraserTool } from '../tools/eraserTool';
import type { PagePoint, Tool, ToolContext } from '../tools/types';
import { LiveInk, paintStroke, strokePath2D, whenIdle } from './strokePaint';
import { PICTURE_MIN_STROKES, inkFingerprint, pictureForPage } from './inkPicture';
import type { DecodedPicture, InkPictureStore } from './inkPicture';
import { changedArea, repaintRegion, sameOrder } from './inkRegion';

export type ToolName = 'pen' | 'eraser';

export interface ToolSettings {
  tool: ToolName;
  color: string;
  size: number;
}

export interface DrawingSurfaceHandle {
  /** True while a finger or pen is down: undo and page changes wait until it lifts. */
  gestureActive(): boolean;
  /** Page coordinates of a client point, or null when outside the page. */
  toPage(clientX: number, clientY: number): { x: number; y: number } | null;
}

interface Props {
  page: Page;
  settings: ToolSettings;
  scale: number;
  onCommit(command: Command): void;
  /** Konva shapes drawn under everything (house outline, character); never listening. */
  background?: ReactNode;
  /** Screen-reader description of what is on the page. */
  description: string;
  label: string;
  handleRef?: Ref<DrawingSurfaceHandle>;
  /** Where this session keeps pictures of its pages' ink (see inkPicture.ts); none in practice. */
  pictures?: InkPictureStore;
}

type KonvaCtx = Context & { _context: CanvasRenderingContext2D };

/** How long a page waits for its saved picture before painting its strokes instead. */
const PICTURE_WAIT_MS = 1500;
/** A picture is taken once the ink has been still this long (and the page is idle). */
const PICTURE_DELAY_MS = 2000;

function strokesOf(page: Page): StrokeItem[] {
  return page.items.filter((i): i is StrokeItem => i.kind === 'stroke');
}

/**
 * Canvas pixels per CSS pixel: the device's, but at most 2. A 3x phone would otherwise fill 2.25
 * times the pixels of a 2x tablet for every frame of ink, for little a child could see.
 */
function canvasPixelRatio(): number {
  return Math.min(2, window.devicePixelRatio || 1);
}

/**
 * Every canvas Konva makes asks for a `desynchronized` context, like the live ink's tiles (see
 * LiveInk). Such canvases reach the compositor without a page repaint, so drawing on one does not
 * make the browser re-snapshot the others: in software compositing that copy of every page-sized
 * canvas was most of the cost of a frame.
 * `Util.createCanvasElement` is where Konva makes every canvas (its Node.js backends replace it the
 * same way); only the drawing surface uses Konva. Browsers that do not know the hint ignore it.
 */
const createKonvaCanvas = Konva.Util.createCanvasElement;
Konva.Util.createCanvasElement = () => {
  const canvas = createKonvaCanvas.call(Konva.Util);
  const getContext = canvas.getContext.bind(canvas) as (type: string, options?: object) => RenderingContext | null;
  canvas.getContext = ((type: string, options?: object) =>
    getContext(type, type === '2d' ? { ...options, desynchronized: true } : options)) as typeof canvas.getContext;
  return canvas;
};

interface InkStageProps {
  width: number;
  height: number;
  scale: number;
  background: ReactNode;
  paintCommitted(context: Context): void;
  backgroundLayer: Ref<Konva.Layer>;
  committedLayer: Ref<Konva.Layer>;
}

/**
 * The Konva stage: the background (Konva shapes from the activity, never listening) and the
 * committed ink, painted by one shape from the model. Strokes are painted imperatively, so the stage
 * only re-renders when its size changes: re-rendering it for every stroke would make react-konva
 * revisit every node, and the background (a fresh element on every render of the page, with static
 * shapes) redraw its layer. Hence the comparison of the background by element type and props.
 */
const InkStage = memo(
  function InkStage({ width, height, scale, background, paintCommitted, backgroundLayer, committedLayer }: InkStageProps) {
    return (
      // Konva binds its own pointer listeners to the stage and reads the layout on every event, even
      // when nothing listens: let events pass through it to the surface, which handles them.
      <Stage width={width} height={height} scaleX={scale} scaleY={scale} listening={false} style={{ pointerEvents: 'none' }}>
        <Layer ref={backgroundLayer} listening={false}>
          {background}
        </Layer>
        <Layer ref={committedLayer} listening={false} clearBeforeDraw={false}>
          <Shape sceneFunc={paintCommitted} listening={false} perfectDrawEnabled={false} />
        </Layer>
      </Stage>
    );
  },
  (a, b) =>
    a.width === b.width &&
    a.height === b.height &&
    a.scale === b.scale &&
    a.paintCommitted === b.paintCommitted &&
    a.backgroundLayer === b.backgroundLayer &&
    a.committedLayer === b.committedLayer &&
    sameElement(a.background, b.background),
);

function sameElement(a: ReactNode, b: ReactNode): boolean {
  if (a === b) return true;
  if (!isValidElement(a) || !isValidElement(b) || a.type !== b.type || a.key !== b.key) return false;
  const pa = a.props as Record<string, unknown>;
  const pb = b.props as Record<string, unknown>;
  const keys = Object.keys(pa);
  return keys.length === Object.keys(pb).length && keys.every((k) => Object.is(pa[k], pb[k]));
}

/**
 * The drawing area: a Konva stage with a background layer and a committed layer painted from the
 * model, and above it the stroke in progress (LiveInk). Pointer input is handled here with native
 * listeners and never goes through React state: points collect in the tool, one repaint per
 * animation frame (of the live stroke only), one store command per finished gesture.
 */
export function DrawingSurface({ page, settings, scale, onCommit, background, description, label, handleRef, pictures }: Props) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const backgroundLayer = useRef<Konva.Layer>(null);
  const committedLayer = useRef<Konva.Layer>(null);
  const liveInk = useRef<LiveInk | null>(null);
  const pageRef = useRef(page);
  const scaleRef = useRef(scale);
  const settingsRef = useRef(settings);
  const onCommitRef = useRef(onCommit);
  const toolRef = useRef<Tool | null>(null);
  const paintedStrokes = useRef<StrokeItem[]>([]);
  const frame = useRef(0);
  // Konva asks for the committed layer to be drawn more often than it changes (when it is added to
  // the stage, again on the next frame because a shape was added, on every resize), and a page of
  // 5,000 strokes takes long to fill. The layer does not clear itself (clearBeforeDraw is off):
  // what is on its canvas is remembered here, and a draw that would paint the same again does nothing.
  // `erasing`: the canvas shows `strokes` with the eraser's cuts so far (see EraserTool.cut).
  const committedOnCanvas = useRef<{ strokes: StrokeItem[]; width: number; height: number; zoom: number; erasing?: boolean } | null>(null);
  // A page with many strokes opens from its saved picture (see inkPicture.ts). While the picture is
  // being read (`waiting`) the committed layer stays empty; `saved` is the fingerprint of the
  // strokes the stored picture shows; `zoom` is the page-to-pixels zoom Konva last drew with.
  // The picture is read and decoded from the first render on, alongside everything else that
  // opening the page does (a mount runs this once).
  const [pictureOnTheWay] = useState(() =>
    pictures && paintedCount(page) >= PICTURE_MIN_STROKES ? pictureForPage(pictures, page.id) : null,
  );
  const picture = useRef({
    store: pictures,
    pageId: page.id,
    waiting: pictureOnTheWay !== null,
    saved: null as string | null,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
    zoom: 0,
  });

  useLayoutEffect(() => {
    settingsRef.current = settings;
    onCommitRef.current = onCommit;
    scaleRef.current = scale;
  });

  // For tests and the benchmark: how many strokes the canvas shows (not how many the page has), and
  // whether the layer was last filled from the saved picture or by painting the strokes.
  const showStrokeCount = useCallback((count: number, inkFrom?: 'picture' | 'strokes') => {
    const surface = surfaceRef.current;
    if (!surface) return;
    surface.dataset.strokes = String(count);
    if (inkFrom) surface.dataset.inkFrom = inkFrom;
  }, []);

  // Takes a picture of the committed layer for the next time the page opens, once the ink has been
  // still for a while and only if it shows exactly the page's strokes. `toBlob` copies the pixels
  // at once and encodes them later, away from drawing.
  const takePicture = useCallback(() => {
    picture.current.timer = 0;
    const store = picture.current.store;
    const onCanvas = committedOnCanvas.current;
    const strokes = paintedStrokes.current;
    const canvas = committedLayer.current?.getCanvas()._canvas;
    if (!store || !canvas || !onCanvas || onCanvas.erasing || onCanvas.strokes !== strokes || strokes.length < PICTURE_MIN_STROKES) return;
    const fingerprint = inkFingerprint(strokes);
    if (fingerprint === picture.current.saved) return;
    const { width, height, zoom } = onCanvas;
    canvas.toBlob((png) => {
      if (!png) return;
      // Only a cache: a failed write (locked, disk full) means the page opens by painting its strokes.
      store.save(picture.current.pageId, { fingerprint, width, height, zoom, png }).then(
        () => {
          picture.current.saved = fingerprint;
        },
        () => undefined,
      );
    }, 'image/png');
  }, []);

  const schedulePicture = useCallback(() => {
    if (!picture.current.store || paintedStrokes.current.length < PICTURE_MIN_STROKES) return;
    if (picture.current.timer) clearTimeout(picture.current.timer);
    const attempt = () => {
      whenIdle(() => {
        // Never in the middle of a gesture: try again once it is over.
        if (toolRef.current?.active) picture.current.timer = setTimeout(attempt, PICTURE_DELAY_MS);
        else takePicture();
      });
    };
    picture.current.timer = setTimeout(attempt, PICTURE_DELAY_MS);
  }, [takePicture]);

  // Once per animation frame at most: the live stroke (only what changed), or the area of the
  // committed layer the eraser changed. Nothing else is redrawn while a finger is down.
  const requestPaint = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const tool = toolRef.current;
      if (tool instanceof EraserTool) {
        const dirty = tool.takeDirty();
        const layer = committedLayer.current;
        const onCanvas = committedOnCanvas.current;
        if (dirty && layer && onCanvas && !picture.current.waiting) {
          const ctx = (layer.getCanvas().getContext() as KonvaCtx)._context;
          repaintRegion(ctx, onCanvas.zoom, paintedStrokes.current, dirty, tool.cut);
          onCanvas.erasing = tool.cut.size > 0;
          showStrokeCount(shownCount(paintedStrokes.current, tool.cut));
        } else if (dirty && layer) {
          committedOnCanvas.current = null;
          layer.draw();
        }
      }
      const ink = liveInk.current;
      if (!ink) return;
      if (tool instanceof PenTool && tool.active) {
        ink.paint(tool.points, tool.options.color, tool.options.size, tool.options.simulatePressure);
      } else if (ink.inked) {
        // A stroke that ended without a change to the page (cancelled, or the commit was refused).
        ink.clear();
      }
    });
  }, [showStrokeCount]);

  const eraserCut = (): ReadonlyMap<string, readonly StrokeItem[]> | null =>
    toolRef.current instanceof EraserTool && toolRef.current.cut.size > 0 ? toolRef.current.cut : null;

  const paintCommitted = useCallback((context: Context) => {
    const ctx = (context as KonvaCtx)._context;
    const { width, height } = ctx.canvas;
    const strokes = paintedStrokes.current;
    // Konva has set the page-to-pixels transform for this shape.
    const zoom = ctx.getTransform().a;
    picture.current.zoom = zoom;
    const last = committedOnCanvas.current;
    if (last && !last.erasing && last.strokes === strokes && last.width === width && last.height === height && last.zoom === zoom) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.restore();
    if (picture.current.waiting) {
      committedOnCanvas.current = null;
      showStrokeCount(0);
      return;
    }
    const cut = eraserCut();
    for (const stroke of strokes) {
      const pieces = cut?.get(stroke.id);
      if (pieces) for (const piece of pieces) paintStroke(ctx, piece);
      else paintStroke(ctx, stroke);
    }
    showStrokeCount(shownCount(strokes, cut), 'strokes');
    committedOnCanvas.current = { strokes, width, height, zoom, erasing: cut !== null };
    if (!cut) schedulePicture();
  }, [showStrokeCount, schedulePicture]);

  const hasStage = scale > 0;

  // Keep the committed layer in step with the model. Appending (the common case: a stroke was
  // just drawn) paints only the new strokes on top; anything else repaints the layer.
  useLayoutEffect(() => {
    pageRef.current = page;
    const next = strokesOf(page);
    const prev = paintedStrokes.current;
    paintedStrokes.current = next;
    const layer = committedLayer.current;
    const surface = surfaceRef.current;
    const last = next[next.length - 1];
    if (surface) surface.dataset.lastStrokePoints = String(last ? last.points.length / 3 : 0);
    if (!layer) return;
    const onCanvas = committedOnCanvas.current;
    const appendedOnly = next.length >= prev.length && prev.every((s, i) => next[i] === s);
    if (picture.current.waiting) {
      // The page's picture is on the way (see the effect below). A change before it comes (a
      // stroke drawn, a sticker placed) is painted from the strokes straight away.
      if (prev.length > 0) {
        picture.current.waiting = false;
        layer.draw();
      }
    } else if (appendedOnly && next.length > prev.length && onCanvas?.strokes === prev) {
      const ctx = (layer.getCanvas().getContext() as KonvaCtx)._context;
      ctx.save();
      ctx.setTransform(onCanvas.zoom, 0, 0, onCanvas.zoom, 0, 0);
      for (let i = prev.length; i < next.length; i++) paintStroke(ctx, next[i]);
      ctx.restore();
      onCanvas.strokes = next;
      schedulePicture();
    } else if (!appendedOnly && onCanvas?.strokes === prev && !toolRef.current?.active && sameOrder(prev, next)) {
      // The eraser's step, an undo or a redo: a few strokes changed, and only their area is
      // repainted (a wipe's cuts are on the canvas already and lie within that area too).
      const box = changedArea(prev, next);
      if (box) repaintRegion((layer.getCanvas().getContext() as KonvaCtx)._context, onCanvas.zoom, next, box);
      onCanvas.strokes = next;
      onCanvas.erasing = false;
      if (!picture.current.waiting) showStrokeCount(next.length, 'strokes');
      schedulePicture();
    } else if (!appendedOnly || next.length !== prev.length) {
      layer.draw();
    }
    if (picture.current.waiting) showStrokeCount(0);
    else if (!eraserCut()) showStrokeCount(next.length);
    // The finished stroke is on the committed layer now: take the live copy away in the same task
    // (see LiveInk.clear).
    if (!toolRef.current?.active && liveInk.current?.inked) liveInk.current.clear();
  }, [page, showStrokeCount, schedulePicture]);

  const width = Math.round(PAGE_WIDTH * scale);
  const height = Math.round(PAGE_HEIGHT * scale);

  // Konva redraws its layers when the stage is resized; only a changed pixel ratio needs a redraw here.
  useLayoutEffect(() => {
    if (!hasStage) return;
    const ratio = canvasPixelRatio();
    for (const layer of [backgroundLayer.current, committedLayer.current]) {
      if (!layer || layer.getCanvas().getPixelRatio() === ratio) continue;
      layer.getCanvas().setPixelRatio(ratio);
      layer.draw();
    }
    const container = liveRef.current;
    if (!container) return;
    liveInk.current ??= new LiveInk(container);
    liveInk.current.layout(width, height, scale, ratio);
  }, [hasStage, width, height, scale]);

  useEffect(
    () => () => {
      liveInk.current?.dispose();
      liveInk.current = null;
    },
    [],
  );

  // Opening a page with many strokes: show its saved picture if it shows exactly these strokes at
  // this size; otherwise (none yet, out of date, unreadable, or too slow to come) paint the strokes.
  // A layout effect, once the stage is there: a picture read ahead (see App) is often decoded by
  // now and goes on the canvas in the same task as the page itself.
  useLayoutEffect(() => {
    if (!hasStage || !picture.current.waiting || !pictureOnTheWay) return;
    let settled = false;
    const paintStrokes = () => {
      if (settled) return;
      settled = true;
      if (!picture.current.waiting) return;
      picture.current.waiting = false;
      committedOnCanvas.current = null;
      committedLayer.current?.draw();
    };
    const show = ({ stored, bitmap }: DecodedPicture) => {
      // Settled already (painted from the strokes, or this effect was undone): leave the bitmap to
      // the garbage collector, as another run of this effect may still be using it.
      if (settled || !picture.current.waiting) return;
      const layer = committedLayer.current;
      const strokes = paintedStrokes.current;
      const canvas = layer?.getCanvas()._canvas;
      const fits =
        stored && bitmap && canvas && stored.width === canvas.width && stored.height === canvas.height && stored.zoom === picture.current.zoom;
      if (!layer || !canvas || !stored || !bitmap || !fits || stored.fingerprint !== inkFingerprint(strokes)) {
        bitmap?.close();
        paintStrokes();
        return;
      }
      settled = true;
      clearTimeout(timer);
      picture.current.waiting = false;
      const ctx = (layer.getCanvas().getContext() as KonvaCtx)._context;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0);
      ctx.restore();
      bitmap.close();
      committedOnCanvas.current = { strokes, width: canvas.width, height: canvas.height, zoom: picture.current.zoom };
      picture.current.saved = stored.fingerprint;
      showStrokeCount(strokes.length, 'picture');
      // The strokes' outlines are traced while the page is idle, so the first wipe of the eraser
      // (which repaints the strokes) does not have to trace them all at once.
      traceWhenIdle(strokes, () => surfaceRef.current?.isConnected === true);
    };
    const timer = setTimeout(paintStrokes, PICTURE_WAIT_MS);
    if (pictureOnTheWay.value) show(pictureOnTheWay.value);
    else void pictureOnTheWay.promise.then(show);
    return () => {
      settled = true;
      clearTimeout(timer);
    };
  }, [hasStage, pictureOnTheWay, showStrokeCount]);

  // Leaving the page soon after drawing: take the picture now, while the layer still has its pixels.
  useLayoutEffect(
    () => () => {
      if (!picture.current.timer) return;
      clearTimeout(picture.current.timer);
      takePicture();
    },
    [takePicture],
  );

  useImperativeHandle(
    handleRef,
    () => ({
      gestureActive: () => toolRef.current?.active ?? false,
      toPage: (clientX, clientY) => {
        const rect = surfaceRef.current?.getBoundingClientRect();
        if (!rect || rect.width === 0) return null;
        const k = scaleRef.current;
        const x = (clientX - rect.left) / k;
        const y = (clientY - rect.top) / k;
        return x >= 0 && y >= 0 && x <= PAGE_WIDTH && y <= PAGE_HEIGHT ? { x, y } : null;
      },
    }),
    [],
  );

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const filter = createPointerFilter();
    const toolCtx: ToolContext = {
      page: () => pageRef.current,
      commit: (command) => onCommitRef.current(command),
      requestPaint,
    };

    // The surface does not move during a gesture (touch-action: none, nothing scrolls), so its
    // position is read once per gesture rather than for every pointer event.
    let rect = surface.getBoundingClientRect();
    const toPoint = (e: PointerEvent): PagePoint => {
      const k = scaleRef.current;
      return {
        x: (e.clientX - rect.left) / k,
        y: (e.clientY - rect.top) / k,
        pressure: pressureFor({ pointerType: kindOf(e), pressure: e.pressure }),
      };
    };

    const startTool = (e: PointerEvent) => {
      const s = settingsRef.current;
      toolRef.current =
        s.tool === 'eraser'
          ? new EraserTool(toolCtx)
          : new PenTool(toolCtx, { color: s.color, size: s.size, simulatePressure: simulatesPressure(kindOf(e)) });
      toolRef.current.down(toPoint(e));
    };

    const handle = (e: PointerEvent, type: FilterPointerEvent['type']) => {
      if (type === 'down') rect = surface.getBoundingClientRect();
      const coalesced = type === 'move' && typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
      const events = coalesced.length > 0 ? coalesced : [e];
      const action = filter.handle(
        { pointerId: e.pointerId, pointerType: kindOf(e), type, x: e.clientX, y: e.clientY, pressure: e.pressure, timeStamp: e.timeStamp },
        events.length,
      );
      const tool = toolRef.current;
      switch (action.kind) {
        case 'start':
          if (type === 'down') surface.setPointerCapture?.(e.pointerId);
          startTool(e);
          if (type === 'move' && events.length > 1) toolRef.current?.move(events.slice(1).map(toPoint));
          break;
        case 'move':
          tool?.move(events.map(toPoint));
          break;
        case 'end': {
          // The lift usually repeats the last move's position; only a new position is a new point.
          const p = toPoint(e);
          if (type !== 'down' && !(tool instanceof PenTool && tool.endsAt(p))) tool?.move([p]);
          tool?.up();
          break;
        }
        case 'cancel':
          tool?.cancel();
          break;
        case 'ignore':
          break;
      }
    };

    const onDown = (e: PointerEvent) => {
      e.preventDefault();
      handle(e, 'down');
    };
    const onMove = (e: PointerEvent) => handle(e, 'move');
    const onUp = (e: PointerEvent) => handle(e, 'up');
    const onCancel = (e: PointerEvent) => handle(e, 'cancel');
    surface.addEventListener('pointerdown', onDown);
    surface.addEventListener('pointermove', onMove);
    surface.addEventListener('pointerup', onUp);
    surface.addEventListener('pointercancel', onCancel);
    // Long-press menus and text selection would otherwise steal a child's slow stroke.
    const prevent = (e: Event) => e.preventDefault();
    surface.addEventListener('contextmenu', prevent);
    return () => {
      toolRef.current?.cancel();
      surface.removeEventListener('pointerdown', onDown);
      surface.removeEventListener('pointermove', onMove);
      surface.removeEventListener('pointerup', onUp);
      surface.removeEventListener('pointercancel', onCancel);
      surface.removeEventListener('contextmenu', prevent);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [requestPaint]);

  const descriptionId = `desc-${page.id}`;
  return (
    <div
      ref={surfaceRef}
      className="drawing-surface"
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      style={{ width, height }}
    >
      <span id={descriptionId} className="visually-hidden">
        {description}
      </span>
      {hasStage && (
        <InkStage
          width={width}
          height={height}
          scale={scale}
          background={background}
          paintCommitted={paintCommitted}
          backgroundLayer={backgroundLayer}
          committedLayer={committedLayer}
        />
      )}
      <div ref={liveRef} className="live-ink" style={{ position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' }} />
    </div>
  );
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

/** How many strokes the canvas shows: the page's, each touched one counted as the pieces left of it. */
function shownCount(strokes: readonly StrokeItem[], cut: ReadonlyMap<string, readonly StrokeItem[]> | null): number {
  let n = strokes.length;
  if (cut) for (const pieces of cut.values()) n += pieces.length - 1;
  return n;
}

function paintedCount(page: Page): number {
  let n = 0;
  for (const item of page.items) if (item.kind === 'stroke') n++;
  return n;
}

function kindOf(e: PointerEvent): PointerKind {
  return e.pointerType === 'pen' || e.pointerType === 'touch' ? e.pointerType : 'mouse';
}
