import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker, WordsItem } from '../model/types';
import { VerbatimTextArea } from '../ui/VerbatimText';
import { Dialog } from '../ui/Dialog';

export interface WordsDraft {
  text: string;
  speaker: Speaker;
  typedBy: Speaker;
}

interface Props {
  editing?: WordsItem;
  onSave(draft: WordsDraft): void;
  onDelete?(): void;
  onCancel(): void;
}

const SPEAKERS: Speaker[] = ['child', 'worker', 'other'];

/** The words box: the child's exact words, and whose words they are (docs/PRACTICE.md rules 1 and 2). */
export function WordsDialog({ editing, onSave, onDelete, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(editing?.text ?? '');
  const [speaker, setSpeaker] = useState<Speaker>(editing?.speaker ?? 'child');
  const [typedBy, setTypedBy] = useState<Speaker>(editing?.typedBy ?? 'worker');
  // Only whitespace is not words; anything else is kept exactly, spaces and all.
  const empty = text.trim().length === 0;

  return (
    <Dialog
      title={editing ? t('words.editTitle') : t('words.title')}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={empty} onClick={() => onSave({ text, speaker, typedBy })}>
            {t('words.save')}
          </button>
          {editing && onDelete && (
            <button type="button" className="button" onClick={onDelete}>
              {t('words.delete')}
            </button>
          )}
        </>
      }
    >
      <VerbatimTextArea label={t('words.label')} value={text} onChange={setText} autoFocus rows={4} />
      <fieldset className="choice-row">
        <legend>{t('words.whose')}</legend>
        {SPEAKERS.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="speaker" checked={speaker === s} onChange={() => setSpeaker(s)} />
            <span>{t(`words.speaker.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-row">
        <legend>{t('words.typedBy')}</legend>
        {SPEAKERS.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="typedBy" checked={typedBy === s} onChange={() => setTypedBy(s)} />
            <span>{t(`words.typist.${s}`)}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
