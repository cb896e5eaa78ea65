import { isValidElement, memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import type { Page, StrokeItem } from '../model/types';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';
import type { Command } from '../store/commands';
import type { ToolName } from '../tools/tools';
import type { Tool } from '../tools/types';
import { attachDrawingInput } from './drawingInput';
import { layerContext, nativeContext, requestDesynchronizedCanvases } from './konvaAdapter';
import { paintStroke } from './strokePaint';
import { createLiveInk } from './liveInk';
import type { LiveInk } from './liveInk';
import { PICTURE_MIN_STROKES, pictureForPage } from './inkPicture';
import type { InkPictureStore } from './inkPicture';
import { PagePicture } from './pagePicture';
import type { InkOnCanvas } from './pagePicture';
import { changedArea, repaintRegion, sameOrder } from './inkRegion';

export type { ToolName };

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

// Before the first stage exists: every canvas of the drawing surface is desynchronized (see the adapter).
requestDesynchronizedCanvases();

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
 * model, and above it the stroke in progress (LiveInk). Pointer input is handled in drawingInput.ts
 * with native listeners and never goes through React state: points collect in the tool, one repaint per
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
  const committedOnCanvas = useRef<InkOnCanvas | null>(null);

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

  // A page with many strokes opens from its saved picture (pagePicture.ts). While the picture is
  // being read (`picture.waiting`) the committed layer stays empty. The picture is read and
  // decoded from the first render on, alongside everything else that opening the page does (a
  // mount runs this once).
  const [picture] = useState(
    () => new PagePicture(pictures, page.id, pictures && paintedCount(page) >= PICTURE_MIN_STROKES ? pictureForPage(pictures, page.id) : null),
  );
  // Before any other effect of this component uses the picture (a layout effect, in order).
  useLayoutEffect(() => {
    picture.attach({
      layer: () => committedLayer.current,
      strokes: () => paintedStrokes.current,
      onCanvas: () => committedOnCanvas.current,
      setOnCanvas: (ink) => (committedOnCanvas.current = ink),
      gestureActive: () => toolRef.current?.active ?? false,
      showStrokeCount,
      connected: () => surfaceRef.current?.isConnected === true,
    });
  }, [picture, showStrokeCount]);

  // Once per animation frame at most: the live stroke (only what changed), or the area of the
  // committed layer the eraser changed. Nothing else is redrawn while a finger is down.
  const requestPaint = useCallback(() => {
    // A live ink that paints on frames of its own takes the pen's points at once: asking the page
    // for a frame would cost the page more than handing them over.
    const ink = liveInk.current;
    if (ink?.paintsOnItsOwnFrames) {
      const tool = toolRef.current;
      const live = tool?.active && !tool.takeDirty ? tool.liveStroke?.() : null;
      if (live) return ink.paint(live.points, live.color, live.size, live.simulatePressure);
    }
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const tool = toolRef.current;
      // A tool that changes committed ink (the eraser) says which area changed.
      const dirty = tool?.takeDirty?.() ?? null;
      if (dirty) {
        const cut = tool?.cut ?? new Map<string, readonly StrokeItem[]>();
        const layer = committedLayer.current;
        const onCanvas = committedOnCanvas.current;
        if (layer && onCanvas && !picture.waiting) {
          repaintRegion(layerContext(layer), onCanvas.zoom, paintedStrokes.current, dirty, cut);
          onCanvas.erasing = cut.size > 0;
          showStrokeCount(shownCount(paintedStrokes.current, cut));
        } else if (layer) {
          committedOnCanvas.current = null;
          layer.draw();
        }
      }
      const ink = liveInk.current;
      if (!ink) return;
      const live = tool?.active ? tool.liveStroke?.() : null;
      if (live) {
        ink.paint(live.points, live.color, live.size, live.simulatePressure);
      } else if (ink.inked) {
        // A stroke that ended without a change to the page (cancelled, or the commit was refused).
        ink.clear();
      }
    });
  }, [showStrokeCount, picture]);

  const eraserCut = (): ReadonlyMap<string, readonly StrokeItem[]> | null => {
    const cut = toolRef.current?.cut;
    return cut && cut.size > 0 ? cut : null;
  };

  const paintCommitted = useCallback(
    (context: Context) => {
      const ctx = nativeContext(context);
      const { width, height } = ctx.canvas;
      const strokes = paintedStrokes.current;
      // Konva has set the page-to-pixels transform for this shape.
      const zoom = ctx.getTransform().a;
      picture.drawnAt(zoom);
      const last = committedOnCanvas.current;
      if (last && !last.erasing && last.strokes === strokes && last.width === width && last.height === height && last.zoom === zoom) return;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.restore();
      if (picture.waiting) {
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
      if (!cut) picture.schedule();
    },
    [showStrokeCount, picture],
  );

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
    if (picture.waiting) {
      // The page's picture is on the way (see the effect below). A change before it comes (a
      // stroke drawn, a sticker placed) is painted from the strokes straight away.
      if (prev.length > 0) {
        picture.paintStrokesInstead();
        layer.draw();
      }
    } else if (appendedOnly && next.length > prev.length && onCanvas?.strokes === prev) {
      const ctx = layerContext(layer);
      ctx.save();
      ctx.setTransform(onCanvas.zoom, 0, 0, onCanvas.zoom, 0, 0);
      for (let i = prev.length; i < next.length; i++) paintStroke(ctx, next[i]);
      ctx.restore();
      onCanvas.strokes = next;
      picture.schedule();
    } else if (!appendedOnly && onCanvas?.strokes === prev && !toolRef.current?.active && sameOrder(prev, next)) {
      // The eraser's step, an undo or a redo: a few strokes changed, and only their area is
      // repainted (a wipe's cuts are on the canvas already and lie within that area too).
      const box = changedArea(prev, next);
      if (box) repaintRegion(layerContext(layer), onCanvas.zoom, next, box);
      onCanvas.strokes = next;
      onCanvas.erasing = false;
      if (!picture.waiting) showStrokeCount(next.length, 'strokes');
      picture.schedule();
    } else if (!appendedOnly || next.length !== prev.length) {
      layer.draw();
    }
    if (picture.waiting) showStrokeCount(0);
    else if (!eraserCut()) showStrokeCount(next.length);
    // The finished stroke is on the committed layer now: take the live copy away in the same task
    // (see LiveInk.clear).
    if (!toolRef.current?.active && liveInk.current?.inked) liveInk.current.clear();
  }, [page, showStrokeCount, picture]);

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
    liveInk.current ??= createLiveInk(container);
    liveInk.current.layout(width, height, scale, ratio);
  }, [hasStage, width, height, scale]);

  useEffect(
    () => () => {
      liveInk.current?.dispose();
      liveInk.current = null;
    },
    [],
  );

  // Opening a page with many strokes: its saved picture, or its strokes (see PagePicture.open).
  // A layout effect, once the stage is there: a picture read ahead (see App) is often decoded by
  // now and goes on the canvas in the same task as the page itself.
  useLayoutEffect(() => (hasStage ? picture.open() : undefined), [hasStage, picture]);

  // Leaving the page soon after drawing: take the picture now, while the layer still has its pixels.
  useLayoutEffect(() => () => picture.leave(), [picture]);

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

  // Pointer input, outside React (drawingInput.ts).
  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const detach = attachDrawingInput(surface, { tool: toolRef, settings: settingsRef, page: pageRef, scale: scaleRef, onCommit: onCommitRef }, requestPaint);
    return () => {
      detach();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [requestPaint]);

  const descriptionId = `desc-${page.id}`;
  return (
    <div ref={surfaceRef} className="drawing-surface" role="img" aria-label={label} aria-describedby={descriptionId} style={{ width, height }}>
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
