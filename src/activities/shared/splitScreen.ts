import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { ActivityScreenProps } from '../types';

type ScreenModule = { default: ComponentType<ActivityScreenProps> };

/**
 * A code-split screen, and a way to fetch its code before it is needed. React.lazy suspends on
 * its first render unless the thenable it is given has already settled, so once the code is here
 * it is handed over at once: no fallback, and no wait for React's throttled reveal of suspended
 * content (about 300 ms).
 */
export function splitScreen(load: () => Promise<ScreenModule>) {
  let loaded: ScreenModule | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  // A thenable that calls back at once (React only calls `then`); typed as the Promise lazy() wants.
  const settled = (module: ScreenModule) =>
    ({ then: (onFulfilled: (value: ScreenModule) => unknown) => onFulfilled(module) }) as unknown as Promise<ScreenModule>;
  return { Screen: lazy(() => (loaded ? settled(loaded) : preload())), preload };
}
