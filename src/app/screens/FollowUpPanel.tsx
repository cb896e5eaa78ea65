import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Page, Session } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import { setWorkerFlag } from '../../store/commands';
import { newId, nowIso } from '../../model/ids';
import { findPlace } from '../../model/places';
import { stickerNameKey } from '../../stickers/catalogue';
import { formatDuration } from '../../voice/recorder';
import { drawingTargetId } from '../../summary/workerFlags';

interface Target {
  id: string;
  place: string;
  what: string;
  /** The child's own words, shown verbatim and attributed, never mixed with the worker's note. */
  words?: string;
}

function targetsOf(session: Session, t: (k: string, o?: Record<string, unknown>) => string): Target[] {
  const out: Target[] = [];
  const placeName = (page: Page) => page.customName?.trim() || t(findPlace(page.activity, page.place)?.nameKey ?? page.place);
  for (const page of session.pages) {
    const place = placeName(page);
    if (page.items.some((i) => i.kind === 'stroke')) out.push({ id: drawingTargetId(page.id), place, what: t('followUp.drawing') });
    for (const item of page.items) {
      const target = itemTarget(item, place, t);
      if (target) out.push(target);
    }
  }
  for (const scale of session.scales) {
    if (scale.value === null) continue;
    out.push({ id: scale.id, place: scale.question, what: t('followUp.scale', { value: scale.value }), words: scale.why?.text || undefined });
  }
  return out;
}

function itemTarget(item: Item, place: string, t: (k: string, o?: Record<string, unknown>) => string): Target | undefined {
  switch (item.kind) {
    case 'words':
      return { id: item.id, place, what: t(`followUp.wordsBy.${item.speaker}`), words: item.text };
    case 'sticker':
      return { id: item.id, place, what: t('followUp.sticker', { name: t(stickerNameKey(item.stickerId), { ns: 'stickers' }) }) };
    case 'recording':
      return { id: item.id, place, what: t('followUp.recording', { duration: formatDuration(item.durationMs) }), words: item.transcript || undefined };
    case 'stroke':
      return undefined;
  }
}

/**
 * The worker marks what to follow up (a worrying thing said in words, a low number), with their
 * own note. Worker's space only; the flag and note go to the worker's part of the summary and
 * never change the child's item.
 */
export function FollowUpPanel({ store, session }: { store: SessionStore; session: Session }) {
  const { t } = useTranslation();
  const targets = targetsOf(session, t);
  const flagged = new Map((session.workerFlags ?? []).map((f) => [f.targetId, f]));
  const [open, setOpen] = useState(false);
  if (targets.length === 0) return null;
  // The list repeats the child's words, so it is built only while the worker has it open: the
  // session screen otherwise shows each of the child's words once.
  return (
    <details className="follow-up card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('followUp.title', { count: flagged.size })}</summary>
      {open && (
        <>
          <p className="hint">{t('followUp.explain')}</p>
          <ul className="follow-up__list">
            {targets.map((target) => (
              <FollowUpRow key={target.id} store={store} target={target} note={flagged.get(target.id)?.text} />
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function FollowUpRow({ store, target, note }: { store: SessionStore; target: Target; note: string | undefined }) {
  const { t } = useTranslation();
  const noteId = useId();
  const [draft, setDraft] = useState(note ?? '');
  const on = note !== undefined;
  return (
    <li className="follow-up__row">
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(e) => store.apply(setWorkerFlag(target.id, e.target.checked ? draft : null, nowIso(), newId))} />
        <span>
          {t('followUp.flag')}: <span className="follow-up__place">{target.place}</span> · {target.what}
          {target.words !== undefined && (
            <>
              {' '}
              <q dir="auto">{target.words}</q>
            </>
          )}
        </span>
      </label>
      {on && (
        <div className="field">
          <label htmlFor={noteId}>{t('followUp.note')}</label>
          <textarea
            id={noteId}
            rows={2}
            spellCheck={false}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              store.apply(setWorkerFlag(target.id, e.target.value, nowIso(), newId));
            }}
          />
        </div>
      )}
    </li>
  );
}
