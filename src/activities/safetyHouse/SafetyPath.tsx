import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleAnswer } from '../../model/types';
import { newId, nowIso } from '../../model/ids';
import { upsertScale } from '../../store/commands';
import type { AnswerPartProps } from '../types';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { VerbatimTextArea } from '../../ui/VerbatimText';
import { playTapSound } from '../../voice/sounds';
import { safetyHouseDefinition } from './definition';
import { SAFETY_COLOURS as C } from './housePicture';
import './safetyHouse.css';

/** The path's answer is found again by this key (also lines it up with earlier visits). */
export const PATH_QUESTION_KEY = 'safetyHouse:path.question';

const MIN = 0;
const MAX = 10;

/** The child's place on the path, if they have chosen one: a scale answer of this activity. */
export function pathAnswer(scales: readonly ScaleAnswer[]): ScaleAnswer | undefined {
  return scales.find((s) => s.activity === safetyHouseDefinition.id && s.questionKey === PATH_QUESTION_KEY);
}

/**
 * The Safety path: the child places themself on the path to the front door, 0 at the start of the
 * path and 10 at the door. Saved as a 0-10 answer with both ends in words, so the summary shows it
 * with the child's scales; nothing is saved until the child has chosen a place. The same soft
 * sound for every place (docs/PRACTICE.md rule 5); no place is praised.
 */
export function SafetyPath({ store }: AnswerPartProps) {
  const { t, i18n } = useTranslation('safetyHouse');
  const session = useSyncExternalStore(store.subscribe, store.get);
  const saved = pathAnswer(session.scales);
  const questionId = useId();
  const endsId = useId();
  // While a finger moves the slider, only this changes; the session changes once, when it lifts.
  const [moving, setMoving] = useState<number | null>(null);
  const movingRef = useRef<number | null>(null);
  const value = moving ?? saved?.value ?? null;

  const wording = () => ({ question: t('path.question'), zeroMeans: t('path.zeroMeans'), tenMeans: t('path.tenMeans') });

  const save = (patch: Partial<ScaleAnswer>) => {
    const base: ScaleAnswer = saved ?? {
      id: newId(),
      activity: safetyHouseDefinition.id,
      questionKey: PATH_QUESTION_KEY,
      // The words as shown, in the language shown: a later change of wording does not rewrite them.
      ...wording(),
      value: null,
      look: 'path',
      // A place far from the door shows the worker (never the child) a reminder (docs/PRACTICE.md rule 10).
      aboutSafety: true,
      followUps: [],
      shared: true,
      createdAt: nowIso(),
    };
    store.apply(upsertScale({ ...base, ...patch }));
  };

  const choose = (next: number) => {
    movingRef.current = null;
    setMoving(null);
    if (next === saved?.value) return;
    playTapSound();
    save({ value: next });
  };
  const commit = () => {
    if (movingRef.current !== null) choose(movingRef.current);
  };
  const step = (delta: 1 | -1) => choose(Math.min(MAX, Math.max(MIN, (saved?.value ?? MIN) + delta)));

  const valueText = value === null ? t('path.notPlaced') : t('path.valueText', { value });
  const lang = i18n.language;

  return (
    <section className="safety-path">
      <div className="safety-path__ask">
        <h2 id={questionId} dir="auto">
          {t('path.question')}
        </h2>
        <ReadAloudButton texts={() => [t('path.question'), t('path.zero'), t('path.ten')]} lang={lang} />
      </div>
      <PathPicture value={value} />
      <div className="safety-path__slider">
        <span className="safety-path__end" aria-hidden="true">
          {t('path.zero')}
        </span>
        <input
          type="range"
          className="safety-path__range"
          min={MIN}
          max={MAX}
          step={1}
          value={value ?? MIN}
          data-chosen={value !== null}
          // The contract's name ("Where are you on the path"), with the two ends said after it.
          aria-label={`${t('path.question')} ${t('path.ends')}`}
          aria-describedby={endsId}
          aria-valuetext={valueText}
          onChange={(e) => {
            const next = Number(e.currentTarget.value);
            movingRef.current = next;
            setMoving(next);
          }}
          onPointerUp={commit}
          onPointerCancel={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <span className="safety-path__end" aria-hidden="true">
          {t('path.ten')}
        </span>
      </div>
      <p id={endsId} className="safety-path__ends">
        {t('path.ends')}
      </p>
      <p className="safety-path__value" aria-live="polite">
        {valueText}
      </p>
      <div className="safety-path__steps">
        <button type="button" className="button button--child" onClick={() => step(-1)}>
          {t('path.back')}
        </button>
        <button type="button" className="button button--child" onClick={() => step(1)}>
          {t('path.forward')}
        </button>
      </div>
      {saved && saved.value !== null && (
        <VerbatimTextArea
          label={t('path.why')}
          value={saved.why?.text ?? ''}
          // Exactly as typed: never trimmed or tidied (docs/PRACTICE.md rule 1).
          onChange={(text) => save({ why: text === '' ? undefined : { text, speaker: saved.why?.speaker ?? 'child' } })}
        />
      )}
    </section>
  );
}

/** Stepping stones from the start of the path (0) to the door (10), the child's figure on one of them. */
function PathPicture({ value }: { value: number | null }) {
  const stones = Array.from({ length: MAX - MIN + 1 }, (_, i) => ({ i, x: 60 + i * 66, y: 200 - Math.sin((i / MAX) * Math.PI) * 60 - i * 8 }));
  const at = value === null ? undefined : stones[value];
  return (
    <svg className="safety-path__picture" viewBox="0 0 900 280" aria-hidden="true" focusable="false">
      <path d={`M${stones.map((s) => `${s.x} ${s.y}`).join(' L')}`} stroke={C.path} strokeWidth="44" strokeLinecap="round" strokeLinejoin="round" fill="none" />
      {stones.map((s) => (
        <circle key={s.i} cx={s.x} cy={s.y} r="12" fill={C.pathStrong} />
      ))}
      <path d="M750 110 L810 56 L870 110 Z" fill={C.roof} stroke={C.line} strokeWidth="4" strokeLinejoin="round" />
      <rect x="758" y="110" width="104" height="84" fill={C.wall} stroke={C.line} strokeWidth="4" />
      <rect x="796" y="140" width="28" height="54" rx="14" fill={C.door} />
      {at && (
        <g transform={`translate(${at.x} ${at.y - 20})`} stroke="#3b3325" strokeWidth="5" strokeLinecap="round" fill="none">
          <circle cx="0" cy="-42" r="12" fill="#ffe0b8" />
          <path d="M0 -30 L0 -2 M0 -2 L-12 18 M0 -2 L12 18 M-16 -20 L16 -20" />
        </g>
      )}
    </svg>
  );
}
