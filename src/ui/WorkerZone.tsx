import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

/** Marks worker-only help: switch scanning skips anything inside it (see SwitchScanner). */
export const WORKER_ZONE_ATTR = 'data-worker-zone';

/**
 * The worker's help inside the child's space, in one compact place: a small "For the worker"
 * toggle at the top edge that opens the worker's controls for this screen (another question,
 * naming a place, how the scale looks). It holds no worker-only information: nothing about
 * safeguarding, other children or earlier numbers ever goes in here.
 *
 * It is put at the end of the page, so the keyboard reaches every child's control first, and
 * switch scanning never reaches it: one mistimed switch press cannot land on a worker's control.
 */
export function WorkerZone({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return createPortal(
    <div className="worker-zone" {...{ [WORKER_ZONE_ATTR]: '' }}>
      <button type="button" className="button button--worker button--small worker-zone__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('workerZone.toggle')}
      </button>
      {open && (
        <div className="worker-zone__panel" role="group" aria-label={t('workerZone.toggle')}>
          {children}
        </div>
      )}
    </div>,
    document.body,
  );
}
