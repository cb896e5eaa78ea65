import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../model/types';

/**
 * Scale that fits the fixed logical page into the element, keeping its aspect ratio.
 * Resizes are rare (rotation, window), so React state is fine here.
 */
export function useFitScale(ref: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      const next = Math.max(0.1, Math.min(width / PAGE_WIDTH, height / PAGE_HEIGHT));
      setScale((prev) => (Math.abs(prev - next) < 0.001 ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}
