import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer, ScaleLook } from '../../model/types';
import type { ActivityScreenProps } from '../types';
import type { SessionStore } from '../../store/sessionStore';
import { setActivityState, upsertScale } from '../../store/commands';
import { PauseScreen } from '../../ui/PauseScreen';
import { Icon } from '../../ui/icons';
import { ScaleQuestion } from './ScaleQuestion';
import { FollowUps, MoreFollowUpsButton } from './FollowUps';
import { ScaleRecordings } from './ScaleRecordings';
import { LookChooser } from './LookChooser';
import { ScaleSetup } from './ScaleSetup';
import { WorkerZone } from '../../ui/WorkerZone';
import { LOOKS, YOUNG_PERSON_LOOKS } from './looks';
import { DEFAULT_QUESTION_ID, newLibraryScale } from './questions';
import { scaleDefinition } from './definition';
import { scalePrefs } from './scalePrefs';
import './scale.css';

type View = 'rate' | 'setup' | 'list' | 'closing';

/** Headings of whole views take focus, so keyboard and screen reader users land on the new view. */
function FocusedHeading({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className="scale-view-title">
      {children}
    </h1>
  );
}

/**
 * The safety scale activity: the child rates one question at a time, then says why. The worker
 * chooses the questions; the numbers over time are on the worker's session screen only.
 */
export default function ScaleScreen({ store, blobs, exit }: ActivityScreenProps) {
  const { t } = useTranslation('scale');
  const { t: tc } = useTranslation('common');
  const session = useSyncExternalStore(store.subscribe, store.get);
  const prefs = scalePrefs(session);
  const [paused, setPaused] = useState(false);
  // A first visit goes straight to the default question; later visits start at the list.
  const [start] = useState(() => firstView(store, t, prefs.look));
  const [view, setView] = useState<View>(start.view);
  const [draft, setDraft] = useState<ScaleAnswer | null>(start.draft);
  const [currentId, setCurrentId] = useState<string | null>(start.draft?.id ?? null);

  const current = session.scales.find((s) => s.id === currentId) ?? (draft && draft.id === currentId ? draft : undefined);

  // Unrated questions stay off the record until the child chooses a number; after that every
  // change is saved with the session (autosave does the writing).
  const save = useCallback(
    (next: ScaleAnswer) => {
      if (next.value !== null || store.get().scales.some((s) => s.id === next.id)) {
        store.apply(upsertScale(next));
        setDraft((d) => (d?.id === next.id ? null : d));
      } else {
        setDraft(next);
      }
    },
    [store],
  );

  const chooseLook = (scale: ScaleAnswer, look: ScaleLook) => {
    save({ ...scale, look });
    store.apply(setActivityState('scale', { look }));
  };

  const open = (scale: ScaleAnswer) => {
    setCurrentId(scale.id);
    setView('rate');
  };

  let body: React.ReactNode;
  if (view === 'setup') {
    body = (
      <ScaleSetup
        young={prefs.young}
        look={prefs.look}
        onYoungChange={(youngPerson) => store.apply(setActivityState('scale', { youngPerson }))}
        onAsk={(scale) => {
          setDraft(scale);
          store.apply(setActivityState('scale', { look: scale.look }));
          open(scale);
        }}
        onCancel={() => setView(current ? 'rate' : 'list')}
      />
    );
  } else if (view === 'rate' && current) {
    body = (
      <div className="scale-rate">
        <ScaleQuestion scale={current} onChange={save} headingLevel={1} />
        {/* The child may answer "Why this number?" out loud instead of, or as well as, in writing. */}
        {current.value !== null && <ScaleRecordings scale={current} store={store} blobs={blobs} />}
        {current.value !== null && <FollowUps scale={current} onChange={save} />}
        {current.value !== null && (
          <div className="row scale-rate__actions">
            <button type="button" className="button button--child button--primary" onClick={() => setView('closing')}>
              {t('finish')}
            </button>
          </div>
        )}
        {/* The worker's help, beside the child: another question, a follow-up, how the scale looks. */}
        <WorkerZone>
          {current.value === null && (
            <button type="button" className="button button--worker" onClick={() => setView('setup')}>
              {t('setup.change')}
            </button>
          )}
          {current.value !== null && <MoreFollowUpsButton scale={current} onChange={save} />}
          <LookChooser look={current.look} looks={prefs.young ? YOUNG_PERSON_LOOKS : LOOKS} onChange={(look) => chooseLook(current, look)} />
        </WorkerZone>
      </div>
    );
  } else if (view === 'closing') {
    body = (
      <div className="closing-screen scale-closing">
        <FocusedHeading>{prefs.young ? t('closing.titleYoung') : t('closing.title')}</FocusedHeading>
        <p>{prefs.young ? t('closing.bodyYoung') : t('closing.body')}</p>
        <div className="row scale-closing__actions">
          {current && (
            <button type="button" className="button button--child" onClick={() => setView('rate')}>
              {t('lookAgain')}
            </button>
          )}
          <button type="button" className="button button--child button--primary" onClick={exit}>
            {tc('activity.done')}
          </button>
        </div>
        <WorkerZone>
          <AskAnother onClick={() => setView('setup')} />
        </WorkerZone>
      </div>
    );
  } else {
    const rated = ownScales(session.scales).filter((s) => s.value !== null);
    body = (
      <div className="scale-list">
        <FocusedHeading>{t('list.title')}</FocusedHeading>
        {rated.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <ul className="scale-list__items">
            {rated.map((s) => (
              <li key={s.id}>
                <button type="button" className="scale-list__item" onClick={() => open(s)}>
                  <span className="scale-list__question" dir="auto">
                    {s.question}
                  </span>
                  <span className="scale-list__value">{s.value}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="button" className="button button--child button--primary" onClick={() => setView('closing')}>
            {t('finish')}
          </button>
        </div>
        <WorkerZone>
          <AskAnother onClick={() => setView('setup')} />
        </WorkerZone>
      </div>
    );
  }

  const savedCount = ownScales(session.scales).filter((s) => s.value !== null).length;
  return (
    <div className={`activity scale-activity${prefs.young ? ' scale--young' : ''}`}>
      <header className="activity__bar">
        <button type="button" className="button button--child button--stop" onClick={() => setPaused(true)}>
          <Icon name="hand" />
          <span>{tc('activity.stop')}</span>
        </button>
        {view === 'rate' && savedCount > 0 && (
          <button type="button" className="button button--child" onClick={() => setView('list')}>
            <Icon name="list" />
            <span>{t('list.button')}</span>
          </button>
        )}
      </header>
      <main className="activity__body">{body}</main>
      {paused && <PauseScreen onCarryOn={() => setPaused(false)} onStopForToday={exit} />}
    </div>
  );
}

/** The worker chooses the next question (the setup screen), so it sits in the worker's place. */
function AskAnother({ onClick }: { onClick(): void }) {
  const { t } = useTranslation('scale');
  return (
    <button type="button" className="button button--worker" onClick={onClick}>
      {t('askAnother')}
    </button>
  );
}

function firstView(store: SessionStore, t: (key: string) => string, look: ScaleLook): { view: View; draft: ScaleAnswer | null } {
  if (ownScales(store.get().scales).some((s) => s.value !== null)) return { view: 'list', draft: null };
  return { view: 'rate', draft: newLibraryScale(t, DEFAULT_QUESTION_ID, look) };
}

/** This activity's answers: other activities (the Safety House's path) keep scales of their own. */
function ownScales(scales: readonly ScaleAnswer[]): ScaleAnswer[] {
  return scales.filter((s) => s.activity === scaleDefinition.id);
}
