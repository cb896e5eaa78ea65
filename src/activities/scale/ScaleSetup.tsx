import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer, ScaleLook } from '../../model/types';
import { VerbatimInput } from '../../ui/VerbatimText';
import { LookChooser } from './LookChooser';
import { LOOKS, YOUNG_PERSON_LOOKS } from './looks';
import { DEFAULT_QUESTION_ID, QUESTION_LIBRARY, libraryWording, newLibraryScale, newOwnScale } from './questions';

const OWN = 'own';

interface Props {
  young: boolean;
  look: ScaleLook;
  onYoungChange(young: boolean): void;
  /** A new, unrated answer to ask the child. */
  onAsk(scale: ScaleAnswer): void;
  onCancel?(): void;
}

/**
 * The worker picks what to ask: a question from the library (its anchors editable) or their
 * own, whether it is about safety, and the look. The child's screen shows none of this.
 */
export function ScaleSetup({ young, look: initialLook, onYoungChange, onAsk, onCancel }: Props) {
  const { t } = useTranslation('scale');
  const { t: tc } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const radioName = useId();
  const [choice, setChoice] = useState(DEFAULT_QUESTION_ID);
  const [wording, setWording] = useState(() => libraryWording(t, DEFAULT_QUESTION_ID));
  const [aboutSafety, setAboutSafety] = useState(QUESTION_LIBRARY[0].aboutSafety);
  const [look, setLook] = useState(initialLook);
  const [error, setError] = useState('');
  const looks = young ? YOUNG_PERSON_LOOKS : LOOKS;

  useEffect(() => heading.current?.focus(), []);

  const pick = (id: string) => {
    setChoice(id);
    setError('');
    if (id === OWN) {
      setWording({ question: '', zeroMeans: '', tenMeans: '' });
      setAboutSafety(false);
      return;
    }
    setWording(libraryWording(t, id));
    setAboutSafety(QUESTION_LIBRARY.find((q) => q.id === id)?.aboutSafety ?? false);
  };

  const ask = () => {
    if (!wording.question.trim() || !wording.zeroMeans.trim() || !wording.tenMeans.trim()) {
      setError(t('setup.missing'));
      return;
    }
    if (choice === OWN) {
      onAsk(newOwnScale(wording, aboutSafety, look));
      return;
    }
    const scale = { ...newLibraryScale(t, choice, look), ...wording, aboutSafety };
    // Reworded, it is no longer the library question: "over time" must not line it up with it.
    if (wording.question !== libraryWording(t, choice).question) delete scale.questionKey;
    onAsk(scale);
  };

  return (
    <div className="scale-setup">
      <h1 ref={heading} tabIndex={-1} className="scale-view-title">
        {t('setup.title')}
      </h1>
      <fieldset className="scale-setup__questions">
        <legend>{t('setup.library')}</legend>
        {QUESTION_LIBRARY.map((q) => (
          <label key={q.id} className="choice scale-setup__question">
            <input type="radio" name={radioName} checked={choice === q.id} onChange={() => pick(q.id)} />
            <span dir="auto">{t(`questions.${q.id}.question`)}</span>
          </label>
        ))}
        <label className="choice scale-setup__question">
          <input type="radio" name={radioName} checked={choice === OWN} onChange={() => pick(OWN)} />
          <span>{t('setup.own')}</span>
        </label>
      </fieldset>
      <VerbatimInput label={t('setup.question')} value={wording.question} onChange={(question) => setWording((w) => ({ ...w, question }))} />
      <VerbatimInput label={t('setup.zeroMeans')} value={wording.zeroMeans} onChange={(zeroMeans) => setWording((w) => ({ ...w, zeroMeans }))} />
      <VerbatimInput label={t('setup.tenMeans')} value={wording.tenMeans} onChange={(tenMeans) => setWording((w) => ({ ...w, tenMeans }))} />
      <p className="hint">{t('setup.anchorsHint')}</p>
      <label className="choice">
        <input type="checkbox" checked={aboutSafety} onChange={(e) => setAboutSafety(e.target.checked)} />
        {t('setup.aboutSafety')}
      </label>
      <p className="hint">{t('setup.aboutSafetyHint')}</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={young}
          onChange={(e) => {
            onYoungChange(e.target.checked);
            if (e.target.checked && !YOUNG_PERSON_LOOKS.includes(look)) setLook(YOUNG_PERSON_LOOKS[0]);
          }}
        />
        {t('setup.young')}
      </label>
      <p className="hint">{t('setup.youngHint')}</p>
      <LookChooser look={look} looks={looks} onChange={setLook} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button--primary button--large" onClick={ask}>
          {t('setup.ask')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {tc('common.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
