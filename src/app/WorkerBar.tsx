import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageControl } from './LanguageControl';
import { Icon } from '../ui/icons';
import { isMuted, setMuted } from '../voice/sounds';

/** The worker's bar: where they are, language, sound, and Lock, on every worker screen. */
export function WorkerBar({ onLock }: { onLock?: () => void }) {
  const { t } = useTranslation();
  const [muted, setMutedState] = useState(isMuted());
  return (
    <header className="worker-bar">
      <a className="worker-bar__home" href="#/">
        {t('app.name')}
      </a>
      <div className="worker-bar__actions">
        <LanguageControl />
        <button
          type="button"
          className="button"
          aria-pressed={muted}
          onClick={() => {
            setMuted(!muted);
            setMutedState(!muted);
          }}
        >
          <Icon name={muted ? 'mute' : 'sound'} />
          <span>{t('sound.mute')}</span>
        </button>
        {onLock && (
          <button type="button" className="button" onClick={onLock}>
            <Icon name="lock" />
            <span>{t('lock.button')}</span>
          </button>
        )}
      </div>
    </header>
  );
}
