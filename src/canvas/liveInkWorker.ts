/// <reference lib="webworker" />
import { LiveInkPainter } from './liveInkPainter';
import type { TileBox } from './liveInkPainter';

/**
 * Paints the stroke being drawn, away from the page's thread. The tiles are the page's canvases,
 * handed over with transferControlToOffscreen: what is painted here reaches the screen without
 * the page's thread, which then only collects the points. See liveInk.ts.
 */

export type LiveInkRequest =
  | { type: 'layout'; canvases: OffscreenCanvas[]; boxes: TileBox[]; cols: number; widthPx: number; heightPx: number; k: number }
  | { type: 'begin'; stroke: number; color: string; size: number; simulatePressure: boolean }
  | { type: 'points'; stroke: number; points: number[] }
  | { type: 'clear' };

/** What the worker tells the page: a stroke's first points are on the tiles (the page may show them), or it cannot paint. */
export type LiveInkReply = { type: 'shown'; stroke: number } | { type: 'failed' };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let painter: LiveInkPainter | null = null;
let stroke = -1;
let points: number[] = [];
let shown = false;

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
    case 'begin':
      stroke = message.stroke;
      points = [];
      shown = false;
      painter?.begin(message.color, message.size, message.simulatePressure);
      break;
    case 'points':
      if (message.stroke !== stroke || !painter) break;
      for (const value of message.points) points.push(value);
      painter.update(points);
      if (!shown && painter.inked) {
        shown = true;
        scope.postMessage({ type: 'shown', stroke } satisfies LiveInkReply);
      }
      break;
    case 'clear':
      stroke = -1;
      points = [];
      painter?.clear();
      break;
  }
};
