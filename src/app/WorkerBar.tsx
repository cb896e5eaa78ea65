import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageControl } from './LanguageControl';
import { Icon } from '../ui/icons';
import { isMuted, setMuted } from '../voice/sounds';
import type { Workspace } from './workspace';

/** The worker's bar: where they are, whether it is saved, language, sound, and Lock, on every worker screen. */
export function WorkerBar({ onLock, workspace }: { onLock?: () => void; workspace?: Workspace }) {
  const { t } = useTranslation();
  const [muted, setMutedState] = useState(isMuted());
  return (
    <header className="worker-bar">
      <a className="worker-bar__home" href="#/">
        {t('app.name')}
      </a>
      <div className="worker-bar__actions">
        {workspace && <SavedNote workspace={workspace} />}
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

/**
 * A quiet word that the work is stored: polite to screen readers, no colour or motion. A failed
 * write is not shown here but as an alert (SaveProblem), which a worker must not miss.
 */
function SavedNote({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  useSyncExternalStore(workspace.subscribe, workspace.getVersion);
  const status = workspace.saveStatus;
  const text = status === 'saved' ? t('save.saved') : status === 'saving' ? t('save.saving') : '';
  return (
    <span className="worker-bar__saved" role="status">
      {text}
    </span>
  );
}
