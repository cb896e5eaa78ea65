import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router';
import { findActivity } from '../../activities/registry';
import { SessionStore } from '../../store/sessionStore';
import { blankSession } from '../workspace';
import { MemoryBlobStore } from '../../store/blobStore';

/**
 * Practice mode: the real activity on a session that lives only in memory. No storage is opened,
 * nothing is written; leaving or reloading forgets it. For training and trying the app.
 */
export function PracticeRoute({ activity, place }: { activity: string; place?: string }) {
  const { t, i18n } = useTranslation();
  const [store] = useState(
    () => new SessionStore(blankSession({ childName: t('practice.childName'), workerName: '', present: [], language: i18n.language })),
  );
  const [blobs] = useState(() => new MemoryBlobStore());
  const manifest = findActivity(activity);
  return (
    <div className="child-screen child-screen--practice">
      <p className="practice-sign" role="note">
        {t('practice.sign')}
      </p>
      {manifest ? (
        <manifest.Screen
          store={store}
          blobs={blobs}
          practice
          place={place}
          goTo={(p) => navigate({ name: 'practice', activity, place: p })}
          exit={() => navigate({ name: 'start' })}
        />
      ) : (
        <p role="alert">{t('practice.unknown')}</p>
      )}
    </div>
  );
}
