import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import type { Page } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import { MissingSession } from './SessionScreen';
import { shareableGroups, answeredScales } from '../../model/shareables';
import type { Shareable } from '../../model/shareables';
import { setConsent, setShared, setWorkerNotes, upsertScale } from '../../store/commands';
import { stickerNameKey } from '../../stickers/catalogue';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { VerbatimTextArea, VerbatimInput } from '../../ui/VerbatimText';
import { newId, nowIso } from '../../model/ids';
import { ExportPanel } from './review/ExportPanel';
import { ScaleRow, ShareableRow } from './review/ReviewItems';
import { findPlace } from '../../model/places';
import { findDefinition } from '../../activities/definitions';

export function SummaryRoute({ workspace, sessionId }: { workspace: Workspace; sessionId: string }) {
  // Re-rendered when the session goes (deleted in another tab), not on every save.
  const store = useSyncExternalStore(workspace.subscribe, () => workspace.store(sessionId));
  if (!store) return <MissingSession />;
  return <ReviewScreen store={store} workspace={workspace} />;
}

/**
 * "What will be shared": the child sees every item as it was made (the drawing, each sticker,
 * the words one by one, each recording to play), hears the list read aloud, and can leave
 * things out (docs/PRACTICE.md rule 7). The worker records consent; the worker's own words and notes
 * are in the worker's part, never beside the child's words as a quote; then exports.
 */
function ReviewScreen({ store, workspace }: { store: SessionStore; workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const session = useSyncExternalStore(store.subscribe, store.get);
  const groups = shareableGroups(session);
  const scales = answeredScales(session);
  const [notes, setNotes] = useState(session.workerNotes.map((n) => n.text).join('\n\n'));
  const consent = session.consent ?? { childAgreed: false };
  const pictures = workspace.pictures(session.id);
  const loadBlob = (id: string) => workspace.blobs.loadBlob(id);
  const lang = i18n.language;

  const placeName = (page: Page) => page.customName || t(findPlace(page.activity, page.place)?.nameKey ?? page.place);
  const describe = (e: Shareable): string => {
    if (e.kind === 'drawing') return t('review.drawingOf', { place: placeName(e.page) });
    if (e.item.kind === 'sticker') return t(stickerNameKey(e.item.stickerId), { ns: 'stickers' });
    if (e.item.kind === 'words') return e.item.text;
    return t('review.recording');
  };
  /** What is read aloud for an item: whose words they are, and a recording's transcript. */
  const spoken = (e: Shareable): string => {
    if (e.kind !== 'drawing' && e.item.kind === 'words') return `${t(`speaker.${e.item.speaker}`)}: ${e.item.text}`;
    if (e.kind !== 'drawing' && e.item.kind === 'recording' && e.item.transcript?.trim()) return `${describe(e)}: ${e.item.transcript}`;
    return describe(e);
  };

  // The worker's own words and recordings are the worker's, never the child's quote (docs/PRACTICE.md rule 2):
  // they are listed in the worker's part, still under the child's say about sharing them.
  const childGroups = groups.map((g) => ({ ...g, entries: g.entries.filter((e) => !byWorker(e)) })).filter((g) => g.entries.length > 0);
  const workerEntries = groups.flatMap((g) => g.entries.filter(byWorker));

  const readAloudTexts = () => [
    t('review.readIntro'),
    ...childGroups.flatMap((g) => [placeName(g.page), ...g.entries.map((e) => (e.shared ? spoken(e) : t('review.leftOutSpoken', { what: spoken(e) })))]),
    ...scales.map((s) => `${s.question} ${s.value}`),
  ];

  const row = (e: Shareable) => (
    <ShareableRow
      key={`${e.page.id}-${e.id}`}
      entry={e}
      label={t(`review.share.${e.kind}`, { what: describe(e) })}
      describe={describe(e)}
      pictures={pictures}
      loadBlob={loadBlob}
      lang={lang}
      onShare={(shared) => store.apply(setShared(e.page.id, e.id, shared))}
    />
  );

  return (
    <main className="worker-screen review">
      <a className="back-link" href={`#/session/${session.id}`}>
        {t('review.back', { name: session.childName })}
      </a>
      <h1>{t('review.title')}</h1>
      <p>{t('review.explain', { name: session.childName })}</p>
      <ReadAloudButton texts={readAloudTexts} lang={lang} />

      {groups.length === 0 && scales.length === 0 && <p>{t('review.nothingYet')}</p>}
      {childGroups.map((g) => (
        <section key={g.page.id} className="review-group" aria-labelledby={`group-${g.page.id}`}>
          <h2 id={`group-${g.page.id}`}>
            {placeName(g.page)} <span className="review-group__activity">({t(findDefinition(g.page.activity)?.titleKey ?? g.page.activity)})</span>
          </h2>
          <ul className="review-list">{g.entries.map(row)}</ul>
        </section>
      ))}

      {scales.length > 0 && (
        <section className="review-group" aria-labelledby="scales-title">
          <h2 id="scales-title">{t('review.scales')}</h2>
          <ul className="review-list">
            {scales.map((s) => (
              <ScaleRow
                key={s.id}
                scale={s}
                loadBlob={loadBlob}
                label={t('review.shareScale', { question: s.question, value: s.value })}
                onShare={(shared) => store.apply(upsertScale({ ...s, shared }))}
              />
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
          <VerbatimInput
            label={t('review.parentName')}
            value={consent.parentName ?? ''}
            onChange={(v) => store.apply(setConsent({ ...consent, parentName: v }))}
          />
        )}
      </section>

      <section className="review-group worker-notes" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('review.notesTitle')}</h2>
        <p className="hint">{t('review.notesHint')}</p>
        {workerEntries.length > 0 && (
          <>
            <h3>{t('review.workerWords')}</h3>
            <ul className="review-list">{workerEntries.map(row)}</ul>
          </>
        )}
        <VerbatimTextArea
          label={t('review.notesLabel')}
          value={notes}
          rows={5}
          onChange={(v) => {
            setNotes(v);
            store.apply(
              setWorkerNotes(
                v.trim() ? [{ id: session.workerNotes[0]?.id ?? newId(), text: v, createdAt: session.workerNotes[0]?.createdAt ?? nowIso() }] : [],
              ),
            );
          }}
        />
      </section>

      <ExportPanel store={store} workspace={workspace} />
    </main>
  );
}

/** Words or a recording the worker gave as their own. */
function byWorker(e: Shareable): boolean {
  return e.kind !== 'drawing' && (e.item.kind === 'words' || e.item.kind === 'recording') && e.item.speaker === 'worker';
}
