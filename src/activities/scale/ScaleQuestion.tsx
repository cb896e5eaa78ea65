import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer } from '../../model/types';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { VerbatimTextArea } from '../../ui/VerbatimText';
import { findPromptAudio } from '../../voice/promptAudio';
import { playTapSound } from '../../voice/sounds';
import { ScaleSlider } from './ScaleSlider';
import { SpeakerChoice } from './SpeakerChoice';
import { orientationOf } from './looks';
import { libraryWordKeys } from './questions';
import { stepBy } from './scaleValue';
import { spokenScale, valueText } from './scaleText';

interface Props {
  scale: ScaleAnswer;
  onChange(next: ScaleAnswer): void;
  /** Ask "Why this number?" once the child has rated (default true). */
  askWhy?: boolean;
  /** 1 when the question is the screen's main heading; 2 (default) inside another activity. */
  headingLevel?: 1 | 2;
}

/**
 * One question on the child's screen: the question, its two anchors at the ends of the scale,
 * the slider, One less / One more for switch users, and then "Why this number?". Nobody else's
 * number is ever shown here: the child rates first (docs/PRACTICE.md, Scaling).
 */
export function ScaleQuestion({ scale, onChange, askWhy = true, headingLevel = 2 }: Props) {
  const { t, i18n } = useTranslation('scale');
  const questionId = useId();
  const zeroId = useId();
  const tenId = useId();
  const vertical = orientationOf(scale.look) === 'vertical';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const lang = i18n.language;
  // A council's recording plays for the library's own words in this language (never for a
  // worker's own or reworded ones, never another language's); the tablet's voice reads the rest.
  const spoken = () => spokenScale(t, scale.value, scale, libraryWordKeys(t, scale), (key) => findPromptAudio(lang, key) !== undefined);

  const choose = (value: number) => {
    if (value === scale.value) return;
    // The same soft sound for every number: no number sounds better than another (rule 5).
    playTapSound();
    onChange({ ...scale, value });
  };

  const zero = (
    <p key="zero" id={zeroId} className="scale-anchor scale-anchor--zero">
      {t('anchor.zero', { text: scale.zeroMeans })}
    </p>
  );
  const ten = (
    <p key="ten" id={tenId} className="scale-anchor scale-anchor--ten">
      {t('anchor.ten', { text: scale.tenMeans })}
    </p>
  );
  const slider = (
    <ScaleSlider
      key="slider"
      look={scale.look}
      value={scale.value}
      onChange={choose}
      labelledBy={questionId}
      describedBy={`${zeroId} ${tenId}`}
      describeValue={(v) => valueText(t, v, scale)}
    />
  );

  return (
    <section className="scale-question">
      <div className="scale-question__ask">
        <Heading id={questionId} className="scale-question__question" dir="auto">
          {scale.question}
        </Heading>
        <ReadAloudButton texts={() => spoken().map((p) => p.text)} keys={() => spoken().map((p) => p.key)} lang={lang} />
      </div>
      {/* Vertical looks put 10 at the top; sideways ones put 0 at the start of the reading line. */}
      <div className={`scale-question__scale scale-question__scale--${vertical ? 'vertical' : 'horizontal'}`}>
        {vertical ? [ten, slider, zero] : [zero, slider, ten]}
      </div>
      <div className="scale-question__steps">
        <button type="button" className="button button--child" onClick={() => choose(stepBy(scale.value, -1))}>
          {t('oneLess')}
        </button>
        <button type="button" className="button button--child" onClick={() => choose(stepBy(scale.value, 1))}>
          {t('oneMore')}
        </button>
      </div>
      {askWhy && scale.value !== null && (
        <div className="scale-answer">
          <VerbatimTextArea
            label={t('why')}
            value={scale.why?.text ?? ''}
            // Exactly as typed: never trimmed or tidied (docs/PRACTICE.md rule 1).
            onChange={(text) => onChange({ ...scale, why: text === '' ? undefined : { text, speaker: scale.why?.speaker ?? 'child' } })}
          />
          {scale.why && <SpeakerChoice value={scale.why.speaker} onChange={(speaker) => scale.why && onChange({ ...scale, why: { ...scale.why, speaker } })} />}
        </div>
      )}
    </section>
  );
}
