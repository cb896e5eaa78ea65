import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The child's "I want to stop": a calm screen over everything, nothing lost underneath
 * (docs/PRACTICE.md rule 6). Covering rather than unmounting keeps every open box as it was.
 * Its words match its buttons: "or stop for today" is said only when there is a button for it
 * (onStopForToday: in a session, handing the tablet back to the worker).
 */
export function PauseScreen({ onCarryOn, onStopForToday }: { onCarryOn(): void; onStopForToday?(): void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="pause-screen" role="dialog" aria-modal="true" aria-labelledby="pause-title">
      <div className="pause-screen__calm" aria-hidden="true" />
      <h2 id="pause-title">{t('pause.title')}</h2>
      <p>{onStopForToday ? t('pause.bodyWithStop') : t('pause.body')}</p>
      <div className="row">
        <button ref={button} type="button" className="button button--child button--primary" onClick={onCarryOn}>
          {t('pause.carryOn')}
        </button>
        {onStopForToday && (
          <button type="button" className="button button--child" onClick={onStopForToday}>
            {t('pause.stopForToday')}
          </button>
        )}
      </div>
    </div>
  );
}
