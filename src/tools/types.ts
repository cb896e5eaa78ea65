import type { Command } from '../store/commands';
import type { Page } from '../model/types';

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
}
