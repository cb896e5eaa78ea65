/// <reference lib="webworker" />
import { LiveInkPainter } from './liveInkPainter';
import type { TileBox } from './liveInkPainter';
import { SharedPoints } from './sharedPoints';

/**
 * Paints the stroke being drawn, away from the page's thread. The tiles are the page's canvases,
 * handed over with transferControlToOffscreen: what is painted here reaches the screen without
 * the page's thread, which then only collects the points. See liveInk.ts.
 */

export type LiveInkRequest =
  | { type: 'layout'; canvases: OffscreenCanvas[]; boxes: TileBox[]; cols: number; widthPx: number; heightPx: number; k: number }
  | { type: 'begin'; stroke: number; color: string; size: number; simulatePressure: boolean }
  | { type: 'points'; stroke: number; points: number[] }
  /** From now on the points come through this shared memory (see SharedPoints), not 'points' messages. */
  | { type: 'shared'; buffer: SharedArrayBuffer }
  | { type: 'clear' };

/** What the worker tells the page: a stroke's first points are on the tiles (the page may show them), or it cannot paint. */
export type LiveInkReply = { type: 'shown'; stroke: number } | { type: 'failed' };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let painter: LiveInkPainter | null = null;
let stroke = -1;
let points: number[] = [];
let shown = false;
let shared: SharedPoints | null = null;
let reading = false;

/** Brings the tiles up to date with `points`, and tells the page once the stroke is on them. */
function paintPoints(): void {
  if (!painter) return;
  painter.update(points);
  if (!shown && painter.inked) {
    shown = true;
    scope.postMessage({ type: 'shown', stroke } satisfies LiveInkReply);
  }
}

// A worker that holds a canvas from transferControlToOffscreen has animation frames of its own
// (Chrome, Firefox); elsewhere a timer stands in for them.
const nextFrame: (callback: () => void) => void =
  typeof scope.requestAnimationFrame === 'function' ? (callback) => void scope.requestAnimationFrame(callback) : (callback) => void setTimeout(callback, 16);

/** While a stroke is drawn with shared memory: once a frame, paints the points that came since the last. */
function readEachFrame(): void {
  if (reading) return;
  reading = true;
  const step = () => {
    if (!shared || stroke < 0 || !painter) {
      reading = false;
      return;
    }
    const before = points.length;
    shared.readInto(stroke, points);
    if (points.length > before) paintPoints();
    nextFrame(step);
  };
  nextFrame(step);
}

scope.onmessage = (event: MessageEvent<LiveInkRequest>) => {
  const message = event.data;
  switch (message.type) {
    case 'layout': {
      const { canvases, boxes, cols, widthPx, heightPx, k } = message;
      painter?.clear();
      // Every context now, in the worker: a frame that first reaches a tile need not make one.
      // Low-latency contexts, as in the page (see liveInk.ts).
      const contexts = canvases.map((canvas) => canvas.getContext('2d', { desynchronized: true }));
      if (contexts.some((ctx) => ctx === null)) {
        painter = null;
        scope.postMessage({ type: 'failed' } satisfies LiveInkReply);
        break;
      }
      painter = new LiveInkPainter(boxes, cols, widthPx, heightPx, k, (i) => contexts[i]);
      stroke = -1;
      points = [];
      break;
    }
    case 'shared':
      shared = new SharedPoints(message.buffer);
      break;
    case 'begin':
      stroke = message.stroke;
      points = [];
      shown = false;
      painter?.begin(message.color, message.size, message.simulatePressure);
      if (shared) readEachFrame();
      break;
    case 'points':
      if (message.stroke !== stroke) break;
      for (const value of message.points) points.push(value);
      paintPoints();
      break;
    case 'clear':
      stroke = -1;
      points = [];
      painter?.clear();
      break;
  }
};
