import type { Command } from '../store/commands';
import type { Page, StrokeItem } from '../model/types';
import type { StrokeBounds } from '../ink/strokeGeometry';

/** A pointer position in page units, after the pointer filter has said it may draw. */
export interface PagePoint {
  x: number;
  y: number;
  pressure: number;
}

/** What a tool may do: read the page, show live feedback, commit one command per gesture. */
export interface ToolContext {
  page(): Page;
  commit(command: Command): void;
  /** Ask the surface to repaint live feedback on the next animation frame. */
  requestPaint(): void;
}

/** Tools are small state machines: no Konva, no React, no DOM inside. */
export interface Tool {
  down(point: PagePoint): void;
  move(points: readonly PagePoint[]): void;
  up(): void;
  cancel(): void;
  /** True between down and up/cancel: undo is refused mid-gesture. */
  readonly active: boolean;
  /**
   * True when `point` adds nothing to the gesture (a lift at the last move's position): the
   * surface then does not pass it on. Tools that do not care leave it out.
   */
  endsAt?(point: PagePoint): boolean;
  /** The stroke in progress, for the live layer to paint each frame; null when there is none. */
  liveStroke?(): LiveStroke | null;
  /** The page area whose committed ink this gesture changed since the last call, or null. */
  takeDirty?(): StrokeBounds | null;
  /** Strokes cut so far in this gesture, by id, with the pieces left of each (the eraser). */
  readonly cut?: ReadonlyMap<string, readonly StrokeItem[]>;
}

/** What the live layer needs to paint a stroke still being drawn. */
export interface LiveStroke {
  points: readonly number[];
  color: string;
  size: number;
  simulatePressure: boolean;
}

/** What a gesture starts with: the surface's tool settings and the kind of pointer. */
export interface ToolStart {
  color: string;
  size: number;
  /** Pressure is simulated for pointers that do not report it (finger, mouse). */
  simulatePressure: boolean;
}

/** Makes the tool for one gesture. */
export type ToolFactory = (ctx: ToolContext, start: ToolStart) => Tool;
