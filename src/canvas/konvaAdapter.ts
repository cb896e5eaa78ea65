import Konva from 'konva';
import type { Context } from 'konva/lib/Context';

/**
 * Every use of Konva beyond its public API, in one place. The drawing surface paints committed
 * ink straight onto a layer's 2D context (a page of 5,000 strokes cannot be 5,000 Konva nodes),
 * and asks every canvas Konva makes for a `desynchronized` context. Konva does not document
 * `Context._context`, `Canvas._canvas` or `Util.createCanvasElement` as public; a Konva update
 * that renames them fails `tests/unit/canvas/konvaAdapter.test.ts` instead of the drawing.
 */

type KonvaContext = Context & { _context?: CanvasRenderingContext2D };
type KonvaCanvas = { _canvas?: HTMLCanvasElement };

/** The browser's 2D context behind a Konva context (a shape's sceneFunc gets one). */
export function nativeContext(context: Context): CanvasRenderingContext2D {
  const native = (context as KonvaContext)._context;
  if (!native) throw new Error('Konva context has no 2D context (Konva changed its internals)');
  return native;
}

/** The browser's 2D context of a layer's scene canvas. */
export function layerContext(layer: Konva.Layer): CanvasRenderingContext2D {
  return nativeContext(layer.getCanvas().getContext());
}

/** The `<canvas>` element of a layer's scene canvas. */
export function layerCanvas(layer: Konva.Layer): HTMLCanvasElement {
  const canvas = (layer.getCanvas() as unknown as KonvaCanvas)._canvas;
  if (!canvas) throw new Error('Konva layer has no canvas element (Konva changed its internals)');
  return canvas;
}

let desynchronized = false;

/**
 * Makes every canvas Konva creates ask for a `desynchronized` 2D context, like the live ink's
 * tiles (see LiveInk). Such canvases reach the compositor without a page repaint, so drawing on
 * one does not make the browser re-snapshot the others: in software compositing that copy of
 * every page-sized canvas was most of the cost of a frame. `Util.createCanvasElement` is where
 * Konva makes every canvas (its Node.js backends replace it the same way); only the drawing
 * surface uses Konva. Browsers that do not know the hint ignore it. Safe to call more than once.
 */
export function requestDesynchronizedCanvases(): void {
  if (desynchronized) return;
  const create = Konva.Util.createCanvasElement;
  if (typeof create !== 'function') throw new Error('Konva.Util.createCanvasElement is gone (Konva changed its internals)');
  desynchronized = true;
  Konva.Util.createCanvasElement = () => {
    const canvas = create.call(Konva.Util);
    const getContext = canvas.getContext.bind(canvas) as (type: string, options?: object) => RenderingContext | null;
    canvas.getContext = ((type: string, options?: object) =>
      getContext(type, type === '2d' ? { ...options, desynchronized: true } : options)) as typeof canvas.getContext;
    return canvas;
  };
}
