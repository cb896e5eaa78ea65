import { useTranslation } from 'react-i18next';
import type { ScaleAnswer, ScaleFollowUp } from '../../model/types';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { VerbatimTextArea } from '../../ui/VerbatimText';
import { SpeakerChoice } from './SpeakerChoice';
import { FOLLOW_UP_KEYS, scaleI18nKey } from './questions';

/**
 * The questions after the number, one at a time when the worker asks for the next. Each one
 * is saved as it is shown, even before anything is typed, so the record says which questions
 * were asked (docs/PRACTICE.md rule 4); the summary leaves out the ones left blank.
 */
export function FollowUps({ scale, onChange }: { scale: ScaleAnswer; onChange(next: ScaleAnswer): void }) {
  const { t, i18n } = useTranslation('scale');
  const update = (index: number, patch: Partial<ScaleFollowUp>) =>
    onChange({ ...scale, followUps: scale.followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)) });

  return (
    <div className="scale-follow-ups">
      {scale.followUps.map((f, i) => {
        const question = t(scaleI18nKey(f.promptKey));
        return (
          <div key={f.promptKey} className="scale-answer">
            <VerbatimTextArea label={question} value={f.text} onChange={(text) => update(i, { text })} />
            <div className="row">
              {/* The app's own follow-up wording, so a council's recording of it plays if there is one. */}
              <ReadAloudButton
                label={t('followUps.hear')}
                texts={() => [question]}
                keys={() => [FOLLOW_UP_KEYS.includes(f.promptKey) ? scaleI18nKey(f.promptKey) : undefined]}
                lang={i18n.language}
                className="button button--child"
              />
            </div>
            <SpeakerChoice value={f.speaker} onChange={(speaker) => update(i, { speaker })} />
          </div>
        );
      })}
    </div>
  );
}

/**
 * The worker's "Ask a follow-up question": shows the next follow-up question, if any is left.
 * It lives in the "For the worker" place, not among the child's answers.
 */
export function MoreFollowUpsButton({ scale, onChange }: { scale: ScaleAnswer; onChange(next: ScaleAnswer): void }) {
  const { t } = useTranslation('scale');
  const next = FOLLOW_UP_KEYS.find((key) => !scale.followUps.some((f) => f.promptKey === key));
  if (next === undefined) return null;
  return (
    <button
      type="button"
      className="button button--worker"
      onClick={() => onChange({ ...scale, followUps: [...scale.followUps, { promptKey: next, text: '', speaker: 'child' }] })}
    >
      {t('followUps.more')}
    </button>
  );
}
