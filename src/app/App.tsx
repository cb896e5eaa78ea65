import { Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MotionConfig } from 'framer-motion';
import './strictCsp';
import { initI18n, setLanguage, workerLanguage } from './i18n';
import { navigate, parseHash, useHashRoute } from './router';
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
import { SyncNotices } from './screens/SyncNotices';
import { installTestHook } from './testHook';
import { UpdatePrompt } from './UpdatePrompt';
import { browserProblem } from './browserSupport';
import { findActivity } from '../activities/registry';
import { childSpaceMarked, enterChildSpace, insideChildSpace, markChildSpace } from './childSpace/childSpace';
import type { ChildSpace } from './childSpace/childSpace';
import { ChildGate } from './childSpace/ChildGate';
import { useSaveStateAttribute } from './saveState';

const i18n = initI18n();

type Phase = { kind: 'idle' } | { kind: 'unsupported'; problem: string } | { kind: 'new' } | { kind: 'locked' } | { kind: 'open'; workspace: Workspace };

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
  const [childSpace, setChildSpace] = useState<ChildSpace | null>(null);
  // Reloaded while a child had the tablet: even practice waits for the passphrase.
  const [gateAfterReload] = useState(childSpaceMarked);
  const practiceOpen = route.name === 'practice' && !(gateAfterReload && phase.kind !== 'open');
  // The last workspace opened: after Lock its final writes still finish, and still show.
  const [lastWorkspace, setLastWorkspace] = useState<Workspace | null>(null);
  useSaveStateAttribute(lastWorkspace);

  // Practice needs no storage at all, so storage is not even opened until a real route asks.
  useEffect(() => {
    if (practiceOpen || phase.kind !== 'idle') return;
    Vault.status()
      .then((status) => setPhase({ kind: status }))
      .catch(() => setPhase({ kind: 'unsupported', problem: 'storage' }));
  }, [practiceOpen, phase.kind]);

  // Back to a child's activity after unlocking (a reload, the idle lock): its code is fetched
  // while the worker types the passphrase, so the page is ready sooner after Unlock.
  const activityToPreload = phase.kind === 'locked' && route.name === 'activity' ? route.activity : null;
  useEffect(() => {
    if (activityToPreload)
      findActivity(activityToPreload)
        ?.preload()
        .catch(() => undefined);
  }, [activityToPreload]);

  const open = useCallback(async (vault: Vault) => {
    const workspace = new Workspace(vault);
    workspace.copyName = (name) => i18n.t('sync.copyName', { name });
    // Straight back into a child's activity: its pages' pictures are read while the sessions are
    // decrypted, rather than after the page has been laid out.
    const target = parseHash(window.location.hash);
    if (target.name === 'activity') workspace.pictures(target.sessionId).prefetch?.();
    await workspace.load();
    // The passphrase was given: whatever the tablet was before, it is the worker's now.
    markChildSpace(false);
    if (target.name === 'activity' && target.place) await workspace.preparePage(target.sessionId, target.activity, target.place);
    installTestHook(workspace);
    setLastWorkspace(workspace);
    setPhase({ kind: 'open', workspace });
  }, []);

  const lock = useCallback(() => {
    if (phase.kind !== 'open') return;
    const ws = phase.workspace;
    // Hide everything at once. Before the key goes, a recording in progress is stopped and saved
    // and pending saves finish (or are kept encrypted); only if even that fails does it stay open.
    setPhase({ kind: 'locked' });
    // After unlocking, an activity address opens the child's space afresh.
    setChildSpace(null);
    void ws.close().then((locked) => {
      if (!locked) setPhase({ kind: 'open', workspace: ws });
    });
  }, [phase]);

  useIdleLock(phase.kind === 'open', lock);

  // The worker's language, remembered on this device; child screens switch to the child's.
  useEffect(() => {
    void setLanguage(workerLanguage());
  }, []);

  // Opening a child's activity hands the tablet over: from here on, every other address is behind
  // the gate (docs/PRACTICE.md rule 11). Set during render so no frame shows anything else.
  if (phase.kind === 'open' && childSpace === null && route.name === 'activity') {
    markChildSpace(true);
    setChildSpace(enterChildSpace(route));
  }
  const inChildSpace = phase.kind === 'open' && childSpace !== null;
  if (inChildSpace && insideChildSpace(childSpace, route) && !childSpace.gateOpen) {
    const hash = window.location.hash;
    if (childSpace.lastHash !== hash) setChildSpace({ ...childSpace, lastHash: hash });
  }

  let content: React.ReactNode;
  if (inChildSpace) {
    const space = childSpace;
    const inside = insideChildSpace(space, route);
    if (!inside || space.gateOpen) {
      content = (
        <ChildGate
          onPass={() => {
            // The Worker button leads to the child's session; an address typed or reached by Back
            // is where the worker asked to go.
            if (inside) navigate({ name: 'session', sessionId: space.sessionId });
            markChildSpace(false);
            setChildSpace(null);
          }}
          onBack={() => {
            if (!inside) window.location.hash = space.lastHash;
            setChildSpace({ ...space, gateOpen: false });
          }}
        />
      );
    } else {
      content = (
        <ActivityRoute
          workspace={phase.workspace}
          route={route}
          ended={space.ended}
          onEnd={() => setChildSpace({ ...space, ended: true })}
          onWorker={() => setChildSpace({ ...space, gateOpen: true })}
        />
      );
    }
  } else if (practiceOpen) {
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
    const bar = (
      <>
        <WorkerBar onLock={lock} workspace={ws} />
        <SyncNotices workspace={ws} />
      </>
    );
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
        // Entered on this render (see above); the child's space shows from the next.
        content = null;
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
