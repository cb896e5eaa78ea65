import { describe, expect, it } from 'vitest';
import Konva from 'konva';
import { layerCanvas, layerContext, nativeContext, requestDesynchronizedCanvases } from '../../../src/canvas/konvaAdapter';

// The drawing surface relies on these Konva internals (see konvaAdapter.ts). If a Konva update
// renames or removes one, this fails here, by name, rather than leaving a blank drawing.
describe('the Konva adapter', () => {
  it('reaches the native 2D context and canvas element of a layer', () => {
    const layer = new Konva.Layer();
    const ctx = layerContext(layer);
    const canvas = layerCanvas(layer);
    expect(canvas).toBeInstanceOf(HTMLCanvasElement);
    expect(ctx.canvas).toBe(canvas);
    expect(typeof ctx.fillRect).toBe('function');
    expect(nativeContext(layer.getCanvas().getContext())).toBe(ctx);
  });

  it('still finds the function through which Konva makes every canvas', () => {
    expect(typeof Konva.Util.createCanvasElement).toBe('function');
  });

  it('asks for desynchronized 2D contexts on the canvases Konva makes from then on, once', () => {
    requestDesynchronizedCanvases();
    const patched = Konva.Util.createCanvasElement;
    requestDesynchronizedCanvases();
    expect(Konva.Util.createCanvasElement).toBe(patched);
    const canvas = Konva.Util.createCanvasElement();
    const asked: unknown[] = [];
    const original = HTMLCanvasElement.prototype.getContext;
    try {
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        asked.push(args[1]);
        return (original as (...a: unknown[]) => RenderingContext | null).apply(this, args);
      } as typeof original;
      // The patch bound the canvas's own getContext when the canvas was made; make a fresh one.
      Konva.Util.createCanvasElement().getContext('2d', { alpha: false });
    } finally {
      HTMLCanvasElement.prototype.getContext = original;
    }
    expect(asked).toContainEqual({ alpha: false, desynchronized: true });
    expect(canvas).toBeInstanceOf(HTMLCanvasElement);
  });

  it('says what broke when a Konva context has no native context', () => {
    expect(() => nativeContext({} as never)).toThrow(/Konva changed its internals/);
  });
});
