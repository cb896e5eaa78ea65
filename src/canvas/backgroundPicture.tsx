import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Layer, Stage } from 'react-konva';
import type Konva from 'konva';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';

/** How long to wait for the background's shapes before giving up (they take one or two frames). */
const MOUNT_FRAMES = 30;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * An activity's page background (the house, the bubble) as pixels, drawn by the same Konva
 * shapes the child saw behind the drawing: the export shows the drawing in its context, and
 * there is no second copy of the art to keep in step. Rendered off screen, in a detached
 * element, then thrown away.
 */
export async function backgroundPicture(Background: ComponentType, pixelRatio: number): Promise<HTMLCanvasElement | null> {
  const container = document.createElement('div');
  const root = createRoot(container);
  let stage: Konva.Stage | null = null;
  try {
    root.render(
      <Stage width={PAGE_WIDTH} height={PAGE_HEIGHT} listening={false} ref={(node) => void (stage = node)}>
        <Layer listening={false}>
          <Background />
        </Layer>
      </Stage>,
    );
    for (let i = 0; i < MOUNT_FRAMES; i += 1) {
      await nextFrame();
      const layer = (stage as Konva.Stage | null)?.getLayers()[0];
      if (layer && layer.getChildren().length > 0) {
        return layer.toCanvas({ x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT, pixelRatio });
      }
    }
    return null;
  } finally {
    root.unmount();
  }
}
