import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The child's "I want to stop": a calm screen over everything, nothing lost underneath
 * (docs/PRACTICE.md rule 6). Covering rather than unmounting keeps every open box as it was.
 */
export function PauseScreen({ onCarryOn }: { onCarryOn(): void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="pause-screen" role="dialog" aria-modal="true" aria-labelledby="pause-title">
      <div className="pause-screen__calm" aria-hidden="true" />
      <h2 id="pause-title">{t('pause.title')}</h2>
      <p>{t('pause.body')}</p>
      <button ref={button} type="button" className="button button--child button--primary" onClick={onCarryOn}>
        {t('pause.carryOn')}
      </button>
    </div>
  );
}
