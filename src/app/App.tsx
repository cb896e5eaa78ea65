import { Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MotionConfig } from 'framer-motion';
import './strictCsp';
import { initI18n, setLanguage, workerLanguage } from './i18n';
import { parseHash, useHashRoute } from './router';
import type { Route } from './router';
import { ErrorBoundary } from './ErrorBoundary';
import { useIdleLock } from './useIdleLock';
import { Workspace } from './workspace';
import { Vault } from '../storage/vault';
import { SetupScreen } from './screens/SetupScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { StartScreen } from './screens/StartScreen';
import { SessionScreen } from './screens/SessionScreen';
import { ActivityRoute } from './screens/ActivityRoute';
import { PracticeRoute } from './screens/PracticeRoute';
import { SummaryRoute } from './screens/SummaryRoute';
import { WorkerBar } from './WorkerBar';
import { UpdatePrompt } from './UpdatePrompt';
import { browserProblem } from './browserSupport';
import { findActivity } from '../activities/registry';

const i18n = initI18n();

type Phase =
  | { kind: 'idle' }
  | { kind: 'unsupported'; problem: string }
  | { kind: 'new' }
  | { kind: 'locked' }
  | { kind: 'open'; workspace: Workspace };

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MotionConfig reducedMotion="user">
        <Shell />
      </MotionConfig>
    </I18nextProvider>
  );
}

function routeKey(route: Route): string {
  return JSON.stringify(route);
}

function Shell() {
  const { t } = useTranslation();
  const route = useHashRoute();
  // An old browser is known at once; storage is asked only when a non-practice route needs it.
  const [phase, setPhase] = useState<Phase>(() => {
    const problem = browserProblem();
    return problem ? { kind: 'unsupported', problem } : { kind: 'idle' };
  });


  // Practice needs no storage at all, so storage is not even opened until a real route asks.
  useEffect(() => {
    if (route.name === 'practice' || phase.kind !== 'idle') return;
    Vault.status()
      .then((status) => setPhase({ kind: status }))
      .catch(() => setPhase({ kind: 'unsupported', problem: 'storage' }));
  }, [route.name, phase.kind]);

  // Back to a child's activity after unlocking (a reload, the idle lock): its code is fetched
  // while the worker types the passphrase, so the page is ready sooner after Unlock.
  const activityToPreload = phase.kind === 'locked' && route.name === 'activity' ? route.activity : null;
  useEffect(() => {
    if (activityToPreload) findActivity(activityToPreload)?.preload().catch(() => undefined);
  }, [activityToPreload]);

  const open = useCallback(async (vault: Vault) => {
    const workspace = new Workspace(vault);
    // Straight back into a child's activity: its pages' pictures are read while the sessions are
    // decrypted, rather than after the page has been laid out.
    const target = parseHash(window.location.hash);
    if (target.name === 'activity') workspace.pictures(target.sessionId).prefetch?.();
    await workspace.load();
    if (target.name === 'activity' && target.place) await workspace.preparePage(target.sessionId, target.activity, target.place);
    setPhase({ kind: 'open', workspace });
  }, []);

  const lock = useCallback(() => {
    if (phase.kind !== 'open') return;
    const ws = phase.workspace;
    // Hide everything at once. Before the key goes, a recording in progress is stopped and saved
    // and pending saves finish (or are kept encrypted); only if even that fails does it stay open.
    setPhase({ kind: 'locked' });
    void ws.close().then((locked) => {
      if (!locked) setPhase({ kind: 'open', workspace: ws });
    });
  }, [phase]);

  useIdleLock(phase.kind === 'open', lock);

  // The worker's language, remembered on this device; child screens switch to the child's.
  useEffect(() => {
    void setLanguage(workerLanguage());
  }, []);

  let content: React.ReactNode;
  if (route.name === 'practice') {
    content = <PracticeRoute activity={route.activity} place={route.place} />;
  } else if (phase.kind === 'idle') {
    content = <p className="loading">{t('common.loading')}</p>;
  } else if (phase.kind === 'unsupported') {
    content = (
      <div className="calm-error" role="alert">
        <h1>{t('unsupported.title')}</h1>
        <p>{t(`unsupported.${phase.problem}`)}</p>
      </div>
    );
  } else if (phase.kind === 'new') {
    content = <SetupScreen onReady={open} />;
  } else if (phase.kind === 'locked') {
    content = <UnlockScreen onReady={open} />;
  } else {
    const ws = phase.workspace;
    const bar = <WorkerBar onLock={lock} />;
    switch (route.name) {
      case 'start':
        content = (
          <>
            {bar}
            <StartScreen workspace={ws} />
          </>
        );
        break;
      case 'session':
        content = (
          <>
            {bar}
            <SessionScreen workspace={ws} sessionId={route.sessionId} />
          </>
        );
        break;
      case 'summary':
        content = (
          <>
            {bar}
            <SummaryRoute workspace={ws} sessionId={route.sessionId} />
          </>
        );
        break;
      case 'activity':
        content = <ActivityRoute workspace={ws} route={route} onLock={lock} />;
        break;
    }
  }

  return (
    <ErrorBoundary resetKey={routeKey(route)}>
      <UpdatePrompt />
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>{content}</Suspense>
    </ErrorBoundary>
  );
}
