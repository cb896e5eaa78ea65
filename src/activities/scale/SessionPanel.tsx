import { useSyncExternalStore } from 'react';
import type { WorkerPanelProps } from '../types';
import { upsertScale } from '../../store/commands';
import { WorkerPanel } from './WorkerPanel';
import { ScaleHistoryProvider } from './historyContext';

/** The scale's part of the worker's session screen: the numbers so far, once there are any. */
export default function ScaleSessionPanel({ store, sessions }: WorkerPanelProps) {
  const session = useSyncExternalStore(store.subscribe, store.get);
  if (!session.scales.some((s) => s.value !== null)) return null;
  return (
    <ScaleHistoryProvider sessions={sessions}>
      <WorkerPanel session={session} scales={session.scales} onChange={(s) => store.apply(upsertScale(s))} />
    </ScaleHistoryProvider>
  );
}
