import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStore } from '../../store/sessionStore';
import type { ActivityManifest } from '../../activities/types';
import { useChildLanguage } from '../useChildLanguage';
import { ChildAccess } from '../../ui/access';
import type { Workspace } from '../workspace';
import { navigate } from '../router';
import { CLOSING_STEP, findActivity } from '../../activities/registry';
import { SaveProblem } from './StartScreen';
import { WorkerButton } from '../childSpace/WorkerButton';

interface Props {
  workspace: Workspace;
  route: { sessionId: string; activity: string; place?: string };
  /** The activity has ended: show the calm hand-back screen instead. */
  ended: boolean;
  /** The child finished (or stopped for today): hand the tablet back. */
  onEnd(): void;
  /** The `Worker` button: opens the passphrase gate. */
  onWorker(): void;
}

/**
 * A child's activity for a saved session, inside the child's space: only this activity and this
 * child's material. No Lock, no Language, no other sessions (docs/PRACTICE.md rule 11); the
 * worker leaves through `Worker` and the passphrase.
 */
export function ActivityRoute({ workspace, route, ended, onEnd, onWorker }: Props) {
  // Only whether the session is still here (deleted in another tab): not every save's status.
  useSyncExternalStore(workspace.subscribe, () => workspace.store(route.sessionId));
  const store = workspace.store(route.sessionId);
  const activity = findActivity(route.activity);
  if (!store || !activity) return <ChildSpaceMissing onWorker={onWorker} />;
  return <ActivityScreen workspace={workspace} store={store} activity={activity} route={route} ended={ended} onEnd={onEnd} onWorker={onWorker} />;
}

/** A session deleted (or never there) while its activity is open: nothing to show the child. */
function ChildSpaceMissing({ onWorker }: { onWorker(): void }) {
  const { t } = useTranslation();
  return (
    <main className="child-screen hand-back">
      <p role="alert">{t('childSpace.missing')}</p>
      <WorkerButton onClick={onWorker} />
    </main>
  );
}

function ActivityScreen({ workspace, store, activity, route, ended, onEnd, onWorker }: Props & { store: SessionStore; activity: ActivityManifest }) {
  const session = useSyncExternalStore(store.subscribe, store.get);
  useChildLanguage(session.language);
  const { Screen } = activity;
  return (
    <ChildAccess settings={session.access} className="child-screen">
      <div className="save-problem-corner">
        <SaveProblem workspace={workspace} />
      </div>
      {ended ? (
        <HandBack workerName={session.workerName} />
      ) : (
        <Screen
          store={store}
          blobs={workspace.blobs}
          pictures={workspace.pictures(route.sessionId)}
          practice={false}
          closingStep={CLOSING_STEP}
          place={route.place}
          goTo={(place) => navigate({ name: 'activity', sessionId: route.sessionId, activity: route.activity, place })}
          exit={onEnd}
        />
      )}
      <WorkerButton onClick={onWorker} />
    </ChildAccess>
  );
}

/** The end of an activity: calm, no judgement, and nothing of the worker's behind it. */
function HandBack({ workerName }: { workerName: string }) {
  const { t } = useTranslation();
  return (
    <main className="hand-back">
      <h1 tabIndex={-1}>{t('childSpace.handBackTitle')}</h1>
      <p>{workerName ? t('childSpace.handBackTo', { name: workerName }) : t('childSpace.handBack')}</p>
    </main>
  );
}
