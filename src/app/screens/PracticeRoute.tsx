import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router';
import { CLOSING_STEP, findActivity } from '../../activities/registry';
import { SessionStore } from '../../store/sessionStore';
import { blankSession } from '../workspace';
import { MemoryBlobStore } from '../../store/blobStore';
import { setSessionDetails } from '../../store/commands';
import { useChildLanguage } from '../useChildLanguage';
import { LanguageControl } from '../LanguageControl';
import { ChildAccess } from '../../ui/access';

/**
 * Practice mode: the real activity on a session that lives only in memory. No storage is opened,
 * nothing is written; leaving or reloading forgets it. For training and trying the app.
 */
export function PracticeRoute({ activity, place }: { activity: string; place?: string }) {
  const { t, i18n } = useTranslation();
  const [store] = useState(() => new SessionStore(blankSession({ childName: t('practice.childName'), workerName: '', present: [], language: i18n.language })));
  const [blobs] = useState(() => new MemoryBlobStore());
  const manifest = findActivity(activity);
  const session = useSyncExternalStore(store.subscribe, store.get);
  useChildLanguage(session.language);
  return (
    <ChildAccess settings={session.access} className="child-screen child-screen--practice">
      {/* One bar in the page's flow, above the activity: the worker's practice controls never
          float over the drawing. */}
      <div className="practice-bar">
        <p className="practice-sign" role="note">
          {t('practice.sign')}
        </p>
        <div className="practice-bar__tools">
          <LanguageControl value={session.language} onChange={(code) => store.apply(setSessionDetails({ language: code }))} />
          {/* A visible way out of practice: nothing is saved, so nothing is lost by leaving. */}
          <a className="button button--small practice-leave" href="#/">
            {t('practice.leave')}
          </a>
        </div>
      </div>
      {manifest ? (
        <manifest.Screen
          store={store}
          blobs={blobs}
          practice
          closingStep={CLOSING_STEP}
          place={place}
          goTo={(p) => navigate({ name: 'practice', activity, place: p })}
          exit={() => navigate({ name: 'start' })}
        />
      ) : (
        <p role="alert">{t('practice.unknown')}</p>
      )}
    </ChildAccess>
  );
}
