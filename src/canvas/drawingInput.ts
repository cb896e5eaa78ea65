import type { Page } from '../model/types';
import type { Command } from '../store/commands';
import { createPointerFilter, pressureFor, simulatesPressure } from '../input/pointerFilter';
import type { FilterPointerEvent, PointerKind } from '../input/pointerFilter';
import { TOOLS } from '../tools/tools';
import type { PagePoint, Tool, ToolContext } from '../tools/types';
import type { ToolSettings } from './DrawingSurface';

/** What the drawing surface's input reads and sets; each is current at the moment of the event. */
export interface DrawingInputRefs {
  tool: { current: Tool | null };
  settings: { current: ToolSettings };
  page: { current: Page };
  /** CSS pixels per page unit. */
  scale: { current: number };
  onCommit: { current: (command: Command) => void };
}

/**
 * Pointer input on the drawing surface, with native listeners and never through React state:
 * points collect in the tool, which asks for a paint. Returns what removes the listeners (and
 * cancels a gesture in progress).
 */
export function attachDrawingInput(surface: HTMLElement, refs: DrawingInputRefs, requestPaint: () => void): () => void {
  const filter = createPointerFilter();
  const toolCtx: ToolContext = {
    page: () => refs.page.current,
    commit: (command) => refs.onCommit.current(command),
    requestPaint,
  };

  // The surface does not move during a gesture (touch-action: none, nothing scrolls), so its
  // position is read once per gesture rather than for every pointer event.
  let rect = surface.getBoundingClientRect();
  const toPoint = (e: PointerEvent): PagePoint => {
    const k = refs.scale.current;
    return {
      x: (e.clientX - rect.left) / k,
      y: (e.clientY - rect.top) / k,
      pressure: pressureFor({ pointerType: kindOf(e), pressure: e.pressure }),
    };
  };

  const startTool = (e: PointerEvent) => {
    const s = refs.settings.current;
    refs.tool.current = TOOLS[s.tool](toolCtx, { color: s.color, size: s.size, simulatePressure: simulatesPressure(kindOf(e)) });
    refs.tool.current.down(toPoint(e));
  };

  const handle = (e: PointerEvent, type: FilterPointerEvent['type']) => {
    if (type === 'down') rect = surface.getBoundingClientRect();
    const coalesced = type === 'move' && typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    const events = coalesced.length > 0 ? coalesced : [e];
    const action = filter.handle(
      { pointerId: e.pointerId, pointerType: kindOf(e), type, x: e.clientX, y: e.clientY, pressure: e.pressure, timeStamp: e.timeStamp },
      events.length,
    );
    const tool = refs.tool.current;
    switch (action.kind) {
      case 'start':
        if (type === 'down') surface.setPointerCapture?.(e.pointerId);
        startTool(e);
        if (type === 'move' && events.length > 1) refs.tool.current?.move(events.slice(1).map(toPoint));
        break;
      case 'move':
        tool?.move(events.map(toPoint));
        break;
      case 'end': {
        // The lift usually repeats the last move's position; only a new position is a new point.
        const p = toPoint(e);
        if (type !== 'down' && !tool?.endsAt?.(p)) tool?.move([p]);
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
  // Moves are taken on the window, on their way down, and a move that draws goes no further.
  // React listens at its root on the way down and back up, and walks the components between
  // the target and the root each time; Konva's stage listens too; a touch screen sends a
  // touchmove beside every pointermove, which all of them listen for as well. None of them has
  // anything to do while the child draws, and at 4x CPU slow-down they cost more than drawing
  // the move (docs/BENCHMARKS.md). The idle lock also listens on the window and still hears
  // every move: stopping propagation does not stop other listeners on the same target.
  const drawing = (e: Event) => refs.tool.current?.active === true && e.target instanceof Node && surface.contains(e.target);
  const onMove = (e: PointerEvent) => {
    if (!(e.target instanceof Node && surface.contains(e.target))) return;
    handle(e, 'move');
    if (refs.tool.current?.active) e.stopPropagation();
  };
  const onTouchMove = (e: TouchEvent) => {
    if (drawing(e)) e.stopPropagation();
  };
  // A touch that starts on the drawing is the drawing's own. Without this, Chromium's gesture
  // detector reads a quick line that lifts at speed as a fling, and the child's next tap
  // anywhere (Undo, Stickers) only stops that fling and does nothing else. Cancelling the
  // touchstart ends the browser's gestures for that touch (tap, scroll, fling); the pointer
  // events the drawing uses still come. Only this element's area becomes a blocking touch
  // region, and nothing in it scrolls (touch-action: none).
  const onTouchStart = (e: TouchEvent) => {
    if (e.cancelable && e.target instanceof Node && surface.contains(e.target)) e.preventDefault();
  };
  const onUp = (e: PointerEvent) => handle(e, 'up');
  const onCancel = (e: PointerEvent) => handle(e, 'cancel');
  surface.addEventListener('pointerdown', onDown);
  window.addEventListener('pointermove', onMove, { capture: true });
  window.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
  surface.addEventListener('touchstart', onTouchStart, { passive: false });
  surface.addEventListener('pointerup', onUp);
  surface.addEventListener('pointercancel', onCancel);
  // Long-press menus and text selection would otherwise steal a child's slow stroke.
  const prevent = (e: Event) => e.preventDefault();
  surface.addEventListener('contextmenu', prevent);
  return () => {
    refs.tool.current?.cancel();
    surface.removeEventListener('pointerdown', onDown);
    window.removeEventListener('pointermove', onMove, { capture: true });
    window.removeEventListener('touchmove', onTouchMove, { capture: true });
    surface.removeEventListener('touchstart', onTouchStart);
    surface.removeEventListener('pointerup', onUp);
    surface.removeEventListener('pointercancel', onCancel);
    surface.removeEventListener('contextmenu', prevent);
  };
}

function kindOf(e: PointerEvent): PointerKind {
  return e.pointerType === 'pen' || e.pointerType === 'touch' ? e.pointerType : 'mouse';
}
