import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import type { Page } from '../../model/types';
import type { InkPictureStore } from '../../canvas/inkPicture';
import type { SessionStore } from '../../store/sessionStore';
import { MissingSession } from './SessionScreen';
import { shareableGroups, answeredScales } from '../../model/shareables';
import type { Shareable } from '../../model/shareables';
import { setConsent, setShared, setWorkerNotes, upsertScale } from '../../store/commands';
import { PageThumbnail } from '../../canvas/PageThumbnail';
import { getSticker, stickerNameKey, stickerUrl } from '../../stickers/catalogue';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { VerbatimTextArea, VerbatimInput } from '../../ui/VerbatimText';
import { newId, nowIso } from '../../model/ids';
import { ExportPanel } from './review/ExportPanel';
import { findPlace } from '../../model/places';

export function SummaryRoute({ workspace, sessionId }: { workspace: Workspace; sessionId: string }) {
  const store = workspace.store(sessionId);
  if (!store) return <MissingSession />;
  return <ReviewScreen store={store} workspace={workspace} />;
}

/**
 * "What will be shared": the child sees every item as a picture or words, hears the list read
 * aloud, and can leave things out (docs/PRACTICE.md rule 7). The worker records consent and adds
 * their own notes, kept apart from the child's words; then exports.
 */
function ReviewScreen({ store, workspace }: { store: SessionStore; workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const session = useSyncExternalStore(store.subscribe, store.get);
  const groups = shareableGroups(session);
  const scales = answeredScales(session);
  const [notes, setNotes] = useState(session.workerNotes.map((n) => n.text).join('\n\n'));
  const consent = session.consent ?? { childAgreed: false };

  const placeName = (g: (typeof groups)[number]) => g.page.customName || t(g.place.nameKey);
  const describe = (e: Shareable): string => {
    if (e.kind === 'drawing') return t('review.drawingOf', { place: placeName({ page: e.page, place: findPlace(e.page.activity, e.page.place)!, entries: [] }) });
    if (e.item.kind === 'sticker') return t(stickerNameKey(e.item.stickerId), { ns: 'stickers' });
    if (e.item.kind === 'words') return e.item.text;
    return t('review.recording');
  };

  const readAloudTexts = () => [
    t('review.readIntro'),
    ...groups.flatMap((g) => [placeName(g), ...g.entries.map((e) => (e.shared ? describe(e) : t('review.leftOutSpoken', { what: describe(e) })))]),
    ...scales.map((s) => `${s.question} ${s.value}`),
  ];

  return (
    <main className="worker-screen review">
      <a className="back-link" href={`#/session/${session.id}`}>
        {t('review.back', { name: session.childName })}
      </a>
      <h1>{t('review.title')}</h1>
      <p>{t('review.explain', { name: session.childName })}</p>
      <ReadAloudButton texts={readAloudTexts} lang={i18n.language} />

      {groups.length === 0 && scales.length === 0 && <p>{t('review.nothingYet')}</p>}
      {groups.map((g) => (
        <section key={g.page.id} className="review-group" aria-labelledby={`group-${g.page.id}`}>
          <h2 id={`group-${g.page.id}`}>
            {placeName(g)} <span className="review-group__activity">({t(`activities.${g.page.activity}`)})</span>
          </h2>
          <ul className="review-list">
            {g.entries.map((e) => (
              <li key={`${e.page.id}-${e.id}`} className={e.shared ? 'review-item' : 'review-item review-item--out'}>
                <label className="review-item__label">
                  <input
                    type="checkbox"
                    checked={e.shared}
                    aria-label={shareLabel(e, describe(e), t)}
                    onChange={(ev) => store.apply(setShared(e.page.id, e.id, ev.target.checked))}
                  />
                  <ShareablePicture entry={e} pictures={workspace.pictures(session.id)} />
                  <span className="review-item__text" dir="auto">
                    {e.kind === 'words' ? <q>{describe(e)}</q> : describe(e)}
                  </span>
                  {!e.shared && <span className="review-item__out">{t('review.notShared')}</span>}
                </label>
              </li>
            ))}
          </ul>
        </section>
      ))}

      {scales.length > 0 && (
        <section className="review-group" aria-labelledby="scales-title">
          <h2 id="scales-title">{t('review.scales')}</h2>
          <ul className="review-list">
            {scales.map((s) => (
              <li key={s.id} className={s.shared ? 'review-item' : 'review-item review-item--out'}>
                <label className="review-item__label">
                  <input
                    type="checkbox"
                    checked={s.shared}
                    aria-label={t('review.shareScale', { question: s.question, value: s.value })}
                    onChange={(ev) => store.apply(upsertScale({ ...s, shared: ev.target.checked }))}
                  />
                  <span className="review-item__text">
                    {s.question} <strong>{s.value}</strong>
                    {s.why ? (
                      <>
                        {' – '}
                        <q dir="auto">{s.why.text}</q>
                      </>
                    ) : null}
                  </span>
                  {!s.shared && <span className="review-item__out">{t('review.notShared')}</span>}
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="review-group" aria-labelledby="consent-title">
        <h2 id="consent-title">{t('review.consentTitle')}</h2>
        <label className="choice">
          <input
            type="checkbox"
            checked={consent.childAgreed}
            onChange={(e) => store.apply(setConsent({ ...consent, childAgreed: e.target.checked, agreedAt: e.target.checked ? nowIso() : undefined }))}
          />
          <span>{t('review.childAgreed', { name: session.childName })}</span>
        </label>
        <label className="choice">
          <input type="checkbox" checked={!!consent.parentAgreed} onChange={(e) => store.apply(setConsent({ ...consent, parentAgreed: e.target.checked }))} />
          <span>{t('review.parentAgreed')}</span>
        </label>
        {consent.parentAgreed && (
          <VerbatimInput label={t('review.parentName')} value={consent.parentName ?? ''} onChange={(v) => store.apply(setConsent({ ...consent, parentName: v }))} />
        )}
      </section>

      <section className="review-group worker-notes" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('review.notesTitle')}</h2>
        <p className="hint">{t('review.notesHint')}</p>
        <VerbatimTextArea
          label={t('review.notesLabel')}
          value={notes}
          rows={5}
          onChange={(v) => {
            setNotes(v);
            store.apply(setWorkerNotes(v.trim() ? [{ id: session.workerNotes[0]?.id ?? newId(), text: v, createdAt: session.workerNotes[0]?.createdAt ?? nowIso() }] : []));
          }}
        />
      </section>

      <ExportPanel store={store} workspace={workspace} />
    </main>
  );
}

function shareLabel(e: Shareable, what: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  return t(`review.share.${e.kind}`, { what });
}

function ShareablePicture({ entry, pictures }: { entry: Shareable; pictures: InkPictureStore }) {
  if (entry.kind === 'drawing') return <DrawingPicture page={entry.page} pictures={pictures} />;
  if (entry.item.kind === 'sticker') {
    const s = getSticker(entry.item.stickerId);
    return s ? <img className="review-item__sticker" src={stickerUrl(s.file)} alt="" /> : null;
  }
  return null;
}

/**
 * A drawing as the child will share it: its strokes only. The strokes-only page is kept while the
 * page is unchanged, so ticking a box on the review does not make a miniature of thousands of
 * strokes check its picture again.
 */
function DrawingPicture({ page, pictures }: { page: Page; pictures: InkPictureStore }) {
  const strokesOnly = useMemo(() => ({ ...page, items: page.items.filter((i) => i.kind === 'stroke') }), [page]);
  return <PageThumbnail page={strokesOnly} pictures={pictures} />;
}
