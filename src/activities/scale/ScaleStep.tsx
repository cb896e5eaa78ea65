import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer, ScaleLook } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import { upsertScale } from '../../store/commands';
import { ScaleQuestion } from './ScaleQuestion';
import { DEFAULT_QUESTION_ID, newLibraryScale } from './questions';
import { scalePrefs } from './scalePrefs';
import './scale.css';

interface Props {
  store: SessionStore;
  /** Called when the child has answered, or chose not to. */
  onDone(): void;
  /** Library question id (default: safety at home). */
  questionId?: string;
  look?: ScaleLook;
}

/**
 * One scale question any activity can show at its end. It is saved as soon as the child has
 * chosen a number, with the session's other scales; until then nothing is saved, so skipping
 * leaves no empty answer behind. Child-facing: it never shows the worker's reminder.
 */
export function ScaleStep({ store, onDone, questionId = DEFAULT_QUESTION_ID, look }: Props) {
  const { t } = useTranslation('scale');
  const session = useSyncExternalStore(store.subscribe, store.get);
  const prefs = scalePrefs(session);
  const [draft, setDraft] = useState<ScaleAnswer>(() => newLibraryScale(t, questionId, look ?? prefs.look));
  const saved = session.scales.find((s) => s.id === draft.id);
  const scale = saved ?? draft;

  const save = (next: ScaleAnswer) => {
    if (saved || next.value !== null) store.apply(upsertScale(next));
    else setDraft(next);
  };

  return (
    <div className={`scale-step${prefs.young ? ' scale--young' : ''}`}>
      <p className="scale-step__intro">{t('step.intro')}</p>
      <ScaleQuestion scale={scale} onChange={save} />
      <div className="row scale-step__actions">
        <button type="button" className="button button--child button--primary" onClick={onDone}>
          {scale.value === null ? t('step.skip') : t('step.next')}
        </button>
      </div>
    </div>
  );
}
