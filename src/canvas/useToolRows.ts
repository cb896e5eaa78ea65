import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

const GAP = 6;

/**
 * How many tool buttons fit one above the other beside the page, set as --tool-rows on the drawing
 * page. The columns use it as their row count, so a short screen gets a second column of tools
 * instead of buttons cut off below the screen's edge (CSS alone cannot size a column-wrapping grid
 * to its content).
 */
export function useToolRows(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const button = el.querySelector<HTMLElement>('.tool-column .tool-button');
      const column = el.querySelector<HTMLElement>('.tool-column');
      if (!button || !column) return;
      const style = getComputedStyle(column);
      const height = el.clientHeight - parseFloat(getComputedStyle(el).paddingBottom) - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const rows = Math.max(1, Math.floor((height + GAP) / (button.offsetHeight + GAP)));
      if (el.style.getPropertyValue('--tool-rows') !== String(rows)) el.style.setProperty('--tool-rows', String(rows));
      // The screen's bottom end corner belongs to the child's space's own controls (the Worker
      // button): the column on that side stops one button short of it.
      el.style.setProperty('--tool-rows-end', String(Math.max(1, rows - 1)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
