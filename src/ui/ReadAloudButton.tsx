import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speak } from '../voice/speech';
import { Icon } from './icons';

/**
 * Reads text aloud in the given language. Where the device has no voice for it, the button
 * says so instead of reading in the wrong language.
 */
export function ReadAloudButton({ texts, lang, label, className }: { texts: () => string[]; lang: string; label?: string; className?: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <span className="read-aloud">
      <button
        type="button"
        className={className ?? 'button button--child'}
        onClick={() => {
          const result = speak(texts(), lang);
          setMessage(result === 'spoken' ? '' : t(`readAloud.${result}`));
        }}
      >
        <Icon name="speaker" />
        <span>{label ?? t('readAloud.button')}</span>
      </button>
      <span className="read-aloud__message" role="status">
        {message}
      </span>
    </span>
  );
}
