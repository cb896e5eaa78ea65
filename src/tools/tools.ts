import { EraserTool } from './eraserTool';
import { PenTool } from './penTool';
import type { ToolFactory } from './types';

/**
 * Every drawing tool, by the name the tool buttons use. The drawing surface makes a gesture's
 * tool from here and talks to it only through the Tool interface, so a new tool is a new file
 * and a line here.
 */
export const TOOLS = {
  pen: (ctx, start) => new PenTool(ctx, { color: start.color, size: start.size, simulatePressure: start.simulatePressure }),
  eraser: (ctx) => new EraserTool(ctx),
} satisfies Record<string, ToolFactory>;

export type ToolName = keyof typeof TOOLS;
