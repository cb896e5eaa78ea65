import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStore } from '../../store/sessionStore';
import type { ActivityManifest } from '../../activities/types';
import { setSessionDetails } from '../../store/commands';
import { useChildLanguage } from '../useChildLanguage';
import { LanguageControl } from '../LanguageControl';
import { ChildAccess } from '../../ui/access';
import type { Workspace } from '../workspace';
import { navigate } from '../router';
import { findActivity } from '../../activities/registry';
import { MissingSession } from './SessionScreen';
import { SaveProblem } from './StartScreen';
import { Icon } from '../../ui/icons';

interface Props {
  workspace: Workspace;
  route: { sessionId: string; activity: string; place?: string };
  onLock(): void;
}

/** A child-facing activity screen for a saved session; loads the activity's code on demand. */
export function ActivityRoute({ workspace, route, onLock }: Props) {
  const store = workspace.store(route.sessionId);
  const activity = findActivity(route.activity);
  if (!store || !activity) return <MissingSession />;
  return <ActivityScreen workspace={workspace} store={store} activity={activity} route={route} onLock={onLock} />;
}

function ActivityScreen({ workspace, store, activity, route, onLock }: Props & { store: SessionStore; activity: ActivityManifest }) {
  const { t } = useTranslation();
  const session = useSyncExternalStore(store.subscribe, store.get);
  useChildLanguage(session.language);
  const { Screen } = activity;
  return (
    <ChildAccess settings={session.access} className="child-screen">
      <div className="save-problem-corner">
        <SaveProblem workspace={workspace} />
      </div>
      <div className="worker-corner">
        <LanguageControl value={session.language} onChange={(code) => store.apply(setSessionDetails({ language: code }))} />
        <button type="button" className="button button--small" onClick={onLock}>
          <Icon name="lock" size={20} />
          <span>{t('lock.button')}</span>
        </button>
      </div>
      <Screen
        store={store}
        blobs={workspace.blobs}
        pictures={workspace.pictures(route.sessionId)}
        practice={false}
        sessions={() => workspace.list()}
        place={route.place}
        goTo={(place) => navigate({ name: 'activity', sessionId: route.sessionId, activity: route.activity, place })}
        exit={() => navigate({ name: 'session', sessionId: route.sessionId })}
      />
    </ChildAccess>
  );
}
