import type { Route } from '../router';
import { routeHash } from '../router';

/**
 * The child's space (docs/PRACTICE.md rule 11): once the worker opens an activity for a child,
 * the tablet belongs to that child and holds that activity and this child's material only. Any
 * way out (the end of the activity, the `Worker` button, browser Back, a typed address, a
 * reload) goes through the worker's passphrase.
 */
export interface ChildSpace {
  sessionId: string;
  activity: string;
  /** The activity ended: the child sees the calm "give the tablet back" screen. */
  ended: boolean;
  /** The worker asked to leave (the `Worker` button): the gate is shown over the activity. */
  gateOpen: boolean;
  /** Where the child was, so "back to the activity" from the gate returns to the same place. */
  lastHash: string;
}

export function enterChildSpace(route: Extract<Route, { name: 'activity' }>): ChildSpace {
  return { sessionId: route.sessionId, activity: route.activity, ended: false, gateOpen: false, lastHash: routeHash(route) };
}

/** True when the route is inside the child's space: the same child's same activity, any place. */
export function insideChildSpace(space: ChildSpace, route: Route): route is Extract<Route, { name: 'activity' }> {
  return route.name === 'activity' && route.sessionId === space.sessionId && route.activity === space.activity;
}

/**
 * A mark that the tablet is in a child's hands, kept for this tab only (sessionStorage: no
 * content, just the fact), so that a reload anywhere, even on a practice address, asks for the
 * passphrase before anything else. Passing the passphrase clears it.
 */
const MARK = 'voicemap.childSpace';

export function markChildSpace(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(MARK, '1');
    else sessionStorage.removeItem(MARK);
  } catch {
    // Storage switched off: the in-memory gate still holds for this page's life.
  }
}

export function childSpaceMarked(): boolean {
  try {
    return sessionStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}
