import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../model/types';

const SPEAKERS: readonly Speaker[] = ['child', 'worker', 'other'];

/**
 * Whose words an answer is (docs/PRACTICE.md rule 2). The child's, unless the worker says otherwise:
 * it is the worker's control, so switch scanning passes it by (data-worker-zone).
 */
export function SpeakerChoice({ value, onChange }: { value: Speaker; onChange(speaker: Speaker): void }) {
  const { t } = useTranslation('common');
  const name = useId();
  return (
    <fieldset className="choice-row scale-speaker" data-worker-zone="">
      <legend>{t('words.whose')}</legend>
      {SPEAKERS.map((s) => (
        <label key={s} className="choice">
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
          {t(`words.speaker.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
