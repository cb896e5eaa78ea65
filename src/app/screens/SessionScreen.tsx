import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import { navigate } from '../router';
import { ACTIVITIES } from '../../activities/registry';
import { SaveProblem } from './StartScreen';
import { AccessPanel } from './AccessPanel';
import type { SessionStore } from '../../store/sessionStore';
import { setSessionDetails } from '../../store/commands';
import { LanguageControl } from '../LanguageControl';
import { FollowUpPanel } from './FollowUpPanel';

/** One child's session: the activities, the summary, and deleting it. */
export function SessionScreen({ workspace, sessionId }: { workspace: Workspace; sessionId: string }) {
  const { t } = useTranslation();
  // Re-rendered when the session goes (deleted in another tab), not on every save.
  const store = useSyncExternalStore(workspace.subscribe, () => workspace.store(sessionId));
  if (!store) return <MissingSession />;
  return <SessionDetails workspace={workspace} store={store} t={t} />;
}

export function MissingSession() {
  const { t } = useTranslation();
  return (
    <main className="worker-screen">
      <p role="alert">{t('session.missing')}</p>
      <a className="button" href="#/">
        {t('session.allSessions')}
      </a>
    </main>
  );
}

function SessionDetails({ workspace, store, t }: { workspace: Workspace; store: SessionStore; t: (k: string, o?: Record<string, unknown>) => string }) {
  const session = useSyncExternalStore(store.subscribe, store.get);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');

  // The activities' code is fetched while the worker reads this screen, so the child's first
  // screen appears at once rather than after a loading pause.
  useEffect(() => {
    const preload = () => ACTIVITIES.forEach((a) => void a.preload().catch(() => undefined));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(preload, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);

  return (
    <main className="worker-screen">
      <a className="back-link" href="#/">
        {t('session.allSessions')}
      </a>
      <h1>{t('session.title', { name: session.childName })}</h1>
      <p className="session-meta">
        {[
          session.workerName && t('session.worker', { name: session.workerName }),
          session.present.length > 0 && t('session.present', { names: session.present.join(', ') }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <SaveProblem workspace={workspace} />
      {/* First on the worker's screen: the activities' worker panels, with any reminder the worker must not miss. */}
      {ACTIVITIES.map(({ id, WorkerPanel }) =>
        WorkerPanel ? (
          <Suspense key={id} fallback={null}>
            <WorkerPanel store={store} sessions={() => workspace.list()} />
          </Suspense>
        ) : null,
      )}
      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{t('session.activities')}</h2>
        <div className="session-child-language">
          <LanguageControl
            label={t('language.childLanguage')}
            value={session.language}
            onChange={(code) => store.apply(setSessionDetails({ language: code }))}
          />
          <p className="hint">{t('session.childLanguageHint')}</p>
        </div>
        <div className="activity-grid">
          {ACTIVITIES.map((a) => (
            <button
              key={a.id}
              type="button"
              className="activity-card"
              aria-labelledby={`name-${a.id}`}
              aria-describedby={`desc-${a.id}`}
              onClick={() => navigate({ name: 'activity', sessionId: session.id, activity: a.id })}
            >
              <span className="activity-card__icon" aria-hidden="true">
                {a.icon()}
              </span>
              <span id={`name-${a.id}`} className="activity-card__name">
                {t(a.titleKey)}
              </span>
              <span id={`desc-${a.id}`} className="activity-card__desc">
                {t(a.descriptionKey)}
              </span>
            </button>
          ))}
        </div>
      </section>
      <AccessPanel store={store} access={session.access} />
      <FollowUpPanel store={store} session={session} />
      <div className="row">
        <button type="button" className="button button--primary button--large" onClick={() => navigate({ name: 'summary', sessionId: session.id })}>
          {t('session.makeSummary')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('session.delete')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <div className="dialog-backdrop">
          <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-title" aria-describedby="delete-body">
            <h2 id="delete-title">{t('session.deleteTitle', { name: session.childName })}</h2>
            <p id="delete-body">{t('session.deleteBody', { name: session.childName })}</p>
            <div className="dialog__actions">
              <button
                type="button"
                className="button button--danger"
                onClick={async () => {
                  try {
                    await workspace.delete(session.id);
                    navigate({ name: 'start' });
                  } catch {
                    setConfirming(false);
                    setError(t('session.deleteFailed'));
                  }
                }}
              >
                {t('session.deleteConfirm', { name: session.childName })}
              </button>
              <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
                {t('session.keep')}
              </button>
            </div>
          </div>
        </div>
      )}
    </main>
  );
}
