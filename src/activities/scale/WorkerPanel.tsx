import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer, Session } from '../../model/types';
import { nowIso } from '../../model/ids';
import { useHistorySessions } from './historyContext';
import { ScaleHistoryChart } from './ScaleHistoryChart';
import { questionIdentity, scaleHistory } from '../../model/scaleHistory';
import { needsSafeguardingReminder } from './scaleValue';
import { scaleI18nKey } from './questions';
import './WorkerPanel.css';

interface Props {
  session: Session;
  /** The answers to show (rated ones; unrated ones are skipped). */
  scales: readonly ScaleAnswer[];
  onChange(next: ScaleAnswer): void;
}

/**
 * The worker's side of the scales: each number with the child's words, the numbers over time,
 * and, for a very low number on a safety question, a calm reminder to follow their
 * safeguarding procedure (docs/PRACTICE.md rule 10). It is only ever mounted behind the worker's
 * "For the worker" control, never on the child's screens, and notes when the reminder was shown
 * so the summary can say so.
 */
export function WorkerPanel({ session, scales, onChange }: Props) {
  const { t } = useTranslation('scale');
  const { t: tc } = useTranslation('common');
  const sessions = useHistorySessions(session);
  const rated = scales.filter((s) => s.value !== null);

  useEffect(() => {
    for (const s of rated) {
      if (needsSafeguardingReminder(s) && s.reminderShownAt === undefined) onChange({ ...s, reminderShownAt: nowIso() });
    }
  }, [rated, onChange]);

  if (rated.length === 0) return <p>{t('worker.nothingYet')}</p>;
  return (
    <div className="scale-worker">
      {rated.map((s) => {
        const answered = s.followUps.filter((f) => f.text.trim() !== '');
        return (
          <article key={s.id} className="scale-worker__item">
            <h2 className="scale-worker__question" dir="auto">
              {s.question}
            </h2>
            {needsSafeguardingReminder(s) && (
              <div className="scale-reminder" role="note">
                <p className="scale-reminder__title">{t('reminder.title')}</p>
                <p>{t('reminder.body', { name: session.childName, value: s.value })}</p>
              </div>
            )}
            <p className="scale-worker__number">{t('worker.number', { name: session.childName, value: s.value })}</p>
            <p className="scale-worker__anchor">{t('anchor.zero', { text: s.zeroMeans })}</p>
            <p className="scale-worker__anchor">{t('anchor.ten', { text: s.tenMeans })}</p>
            {s.why && s.why.text.trim() !== '' ? (
              <p>
                <span className="scale-worker__who">{t('why')}</span> <span className="who">{tc(`speaker.${s.why.speaker}`)}:</span>{' '}
                <q dir="auto">{s.why.text}</q>
              </p>
            ) : (
              <p className="scale-worker__muted">{t('worker.noWhy')}</p>
            )}
            {answered.map((f) => (
              <p key={f.promptKey}>
                <span className="scale-worker__who">{t(scaleI18nKey(f.promptKey))}</span> <span className="who">{tc(`speaker.${f.speaker}`)}:</span>{' '}
                <q dir="auto">{f.text}</q>
              </p>
            ))}
            <ScaleHistoryChart points={scaleHistory(sessions, session.childName, questionIdentity(s))} question={s.question} currentSessionId={session.id} />
          </article>
        );
      })}
    </div>
  );
}
