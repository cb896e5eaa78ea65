import { useSyncExternalStore } from 'react';

/**
 * Hash routes, so the built files work from any static host or intranet folder.
 * Only ids and activity names ever appear in the URL: never a child's name or words.
 */
export type Route =
  | { name: 'start' }
  | { name: 'practice'; activity: string; place?: string }
  | { name: 'session'; sessionId: string }
  | { name: 'activity'; sessionId: string; activity: string; place?: string }
  | { name: 'summary'; sessionId: string };

/** A malformed escape (`%E0%A4%A`) must not throw: it would blank the app outside any boundary. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePart);
  if (parts[0] === 'practice' && parts[1]) return { name: 'practice', activity: parts[1], place: parts[2] };
  if (parts[0] === 'session' && parts[1]) {
    if (parts[2] === 'summary') return { name: 'summary', sessionId: parts[1] };
    if (parts[2]) return { name: 'activity', sessionId: parts[1], activity: parts[2], place: parts[3] };
    return { name: 'session', sessionId: parts[1] };
  }
  return { name: 'start' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'practice':
      return `#/practice/${route.activity}${route.place ? `/${route.place}` : ''}`;
    case 'session':
      return `#/session/${route.sessionId}`;
    case 'activity':
      return `#/session/${route.sessionId}/${route.activity}${route.place ? `/${route.place}` : ''}`;
    case 'summary':
      return `#/session/${route.sessionId}/summary`;
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
