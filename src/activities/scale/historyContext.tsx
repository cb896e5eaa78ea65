import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Session } from '../../model/types';

/**
 * Where the scale's worker panel finds earlier sessions for "over time". Activity screens only
 * get their own session's store, so the app passes every session on the device down through
 * this context (e.g. `() => workspace.list()`). Without it the panel shows this session only,
 * which is also what practice mode should do.
 */
const ScaleHistoryContext = createContext<(() => readonly Session[]) | null>(null);

export function ScaleHistoryProvider({ sessions, children }: { sessions: () => readonly Session[]; children: ReactNode }) {
  return <ScaleHistoryContext value={sessions}>{children}</ScaleHistoryContext>;
}

/** Every session to look through: the provider's, with the open session always in its latest state. */
export function useHistorySessions(current: Session): readonly Session[] {
  const source = useContext(ScaleHistoryContext);
  const others = source ? source().filter((s) => s.id !== current.id) : [];
  return [...others, current];
}
