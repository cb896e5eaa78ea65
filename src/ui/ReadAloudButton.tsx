import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speak } from '../voice/speech';
import { readAloud } from '../voice/promptAudio';
import { Icon } from './icons';

interface Props {
  texts: () => string[];
  /**
   * The i18n key of each text, where it has one (same order and length as texts). A text whose
   * key has a pre-recorded file in assets/voice/<lang>/ is played from the file instead of
   * being read by synthesis. Leave a key undefined for text with no key (e.g. a worker's own
   * wording), which synthesis always reads.
   */
  keys?: () => (string | undefined)[];
  lang: string;
  label?: string;
  className?: string;
}

/**
 * Reads text aloud in the given language. Where the device has no voice for it, the button
 * says so instead of reading in the wrong language.
 */
export function ReadAloudButton({ texts, keys, lang, label, className }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <span className="read-aloud">
      <button
        type="button"
        className={className ?? 'button button--child'}
        onClick={() => {
          if (!keys) {
            const result = speak(texts(), lang);
            setMessage(result === 'spoken' ? '' : t(`readAloud.${result}`));
            return;
          }
          setMessage('');
          // Synthesis is only asked for the texts with no recorded file, so "no voice" is said
          // only when something could not be read.
          void readAloud(texts(), keys(), lang, {
            onSpeak: (result) => {
              if (result !== 'spoken') setMessage(t(`readAloud.${result}`));
            },
          });
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
