import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { motion } from 'framer-motion';
import type { Page } from '../../model/types';
import { findPlace } from '../../model/places';
import { newId } from '../../model/ids';
import { addPage, notePromptShown, setPageMeta } from '../../store/commands';
import type { ActivityScreenProps, AnswerPartConfig, PlacesActivityConfig, PlaceConfig, PromptEditingKeys } from '../types';
import { DrawingPage } from './DrawingPage';
import { ReadBack } from './ReadBack';
import { PageThumbnail } from '../../canvas/PageThumbnail';
import { PauseScreen } from '../../ui/PauseScreen';
import { WorkerZone } from '../../ui/WorkerZone';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { Icon } from '../../ui/icons';
import { Dialog } from '../../ui/Dialog';
import { VerbatimInput, VerbatimTextArea } from '../../ui/VerbatimText';
import { getSticker, stickerNameKey, stickerUrl } from '../../stickers/catalogue';
import { pageTransition } from '../../ui/motion';

interface Props extends ActivityScreenProps {
  config: PlacesActivityConfig;
  /** Shown above the overview (e.g. the wizard or fairy the child chose). */
  overviewExtra?: React.ReactNode;
  /** The worker's controls on the overview (e.g. changing the character), in the "For the worker" place. */
  overviewWorkerTools?: React.ReactNode;
  /** Extra tools on every page (e.g. recording). */
  pageTools?: (page: Page) => React.ReactNode;
  /**
   * Shown instead of the overview and the pages while set, e.g. choosing a character before
   * anything else; the Stop control stays in reach.
   */
  gate?: React.ReactNode;
  /** Shown above the closing screen's thank-you (e.g. the chosen character). */
  closingExtra?: React.ReactNode;
}

export function pageFor(pages: Page[], activity: string, place: string): Page | undefined {
  return pages.find((p) => p.activity === activity && p.place === place);
}

/**
 * A places activity (Three Houses, Wizards and Fairies): an overview where the child picks a
 * place, a drawing page per place, the Stop control everywhere, and a calm ending.
 */
export function PlacesActivity({
  config,
  store,
  blobs,
  pictures,
  practice,
  place,
  goTo,
  exit,
  closingStep: ClosingStep,
  overviewExtra,
  overviewWorkerTools,
  pageTools,
  gate,
  closingExtra,
}: Props) {
  const { t, i18n } = useTranslation();
  const session = useSyncExternalStore(store.subscribe, store.get);
  const [paused, setPaused] = useState(false);
  const [finished, setFinished] = useState(false);
  // Any activity can end with the closing step the shell hands over (one 0-10 question), if the worker asks for it.
  const [scaleStep, setScaleStep] = useState(false);
  const [naming, setNaming] = useState(false);
  const [readBack, setReadBack] = useState(false);
  const [editingPrompt, setEditingPrompt] = useState(false);
  const [promptIndex, setPromptIndex] = useState(0);

  // Every place has its page from the start, so thumbnails, summary and review can rely on it.
  useEffect(() => {
    for (const p of config.places) {
      if (!pageFor(store.get().pages, config.id, p.place)) {
        store.apply(addPage({ id: newId(), activity: config.id, place: p.place, items: [], promptsShown: [], notShared: [] }));
      }
    }
  }, [config, store]);

  const current = config.places.find((p) => p.place === place);
  const answerParts = config.answerParts ?? [];
  const currentPart = answerParts.find((p) => p.part === place);
  const partName = (p: AnswerPartConfig) => t(p.nameKey);
  const page = current ? pageFor(session.pages, config.id, current.place) : undefined;
  const placeName = (p: PlaceConfig) => {
    const custom = pageFor(session.pages, config.id, p.place)?.customName;
    return custom || t(findPlace(config.id, p.place)?.nameKey ?? p.place);
  };
  const promptKey = current ? current.promptKeys[promptIndex % current.promptKeys.length] : undefined;
  const promptText = page?.customPrompt || (promptKey ? t(promptKey) : '');

  // Record which prompt was on screen (docs/PRACTICE.md rule 4).
  useEffect(() => {
    if (page && promptKey && !page.customPrompt && !page.promptsShown.includes(promptKey)) {
      store.apply(notePromptShown(page.id, promptKey));
    }
  }, [page, promptKey, store]);

  const lang = i18n.language;

  let body: React.ReactNode;
  if (gate) {
    body = gate;
  } else if (finished && scaleStep && ClosingStep) {
    body = (
      <Suspense fallback={null}>
        <ClosingStep store={store} onDone={() => setScaleStep(false)} />
      </Suspense>
    );
  } else if (finished) {
    body = (
      <div className="closing-screen">
        {closingExtra}
        <h2>{t(config.closingKey)}</h2>
        <p>{t('activity.closingBody')}</p>
        <div className="row">
          {ClosingStep && (
            <button type="button" className="button button--child" onClick={() => setScaleStep(true)}>
              {t('activity.askScale')}
            </button>
          )}
          <button type="button" className="button button--child" onClick={() => setFinished(false)}>
            {t('activity.backToPlaces')}
          </button>
          <button type="button" className="button button--child button--primary" onClick={exit}>
            {t('activity.done')}
          </button>
        </div>
      </div>
    );
  } else if (currentPart) {
    body = <currentPart.Screen store={store} practice={practice} />;
  } else if (!current || !page) {
    body = (
      <div className="overview">
        {overviewExtra}
        <h2 className="overview__question">{t(config.chooseKey)}</h2>
        <ReadAloudButton texts={() => [t(config.chooseKey), ...config.places.map(placeName), ...answerParts.map(partName)]} lang={lang} />
        <div className="overview__places">
          {config.places.map((p) => {
            const pg = pageFor(session.pages, config.id, p.place);
            const symbol = pg?.symbol ? getSticker(pg.symbol) : undefined;
            return (
              <button key={p.place} type="button" className="place-card" data-place={p.place} onClick={() => goTo(p.place)}>
                <span className="place-card__picture">
                  <p.Picture />
                  {symbol && <img className="place-card__symbol" src={stickerUrl(symbol.file)} alt="" />}
                </span>
                {pg && <PageThumbnail page={pg} pictures={pictures} />}
                <span className="place-card__name">{placeName(p)}</span>
                {p.place === config.suggestedFirst && (
                  <span className="place-card__hint" aria-hidden="true">
                    {t('activity.suggestedFirst')}
                  </span>
                )}
              </button>
            );
          })}
          {answerParts.map((p) => (
            <button key={p.part} type="button" className="place-card" data-place={p.part} onClick={() => goTo(p.part)}>
              <span className="place-card__picture">
                <p.Picture />
              </span>
              <span className="place-card__name">{partName(p)}</span>
            </button>
          ))}
        </div>
        <button type="button" className="button button--child" onClick={() => setFinished(true)}>
          {t('activity.finish')}
        </button>
        {overviewWorkerTools && <WorkerZone>{overviewWorkerTools}</WorkerZone>}
      </div>
    );
  } else {
    body = (
      <div className="place-page">
        <div className="prompt-bar">
          <p className="prompt-bar__prompt" aria-live="polite">
            {promptText}
          </p>
          {/* A council's recorded voice for the prompt plays instead, if there is one; never for the worker's own wording. */}
          <ReadAloudButton texts={() => [promptText]} keys={() => [page.customPrompt ? undefined : promptKey]} lang={lang} />
          <button type="button" className="button button--child" aria-expanded={readBack} onClick={() => setReadBack((r) => !r)}>
            {t('activity.readBack')}
          </button>
        </div>
        <WorkerZone>
          <button type="button" className="button button--worker" onClick={() => setPromptIndex((i) => i + 1)}>
            {t('activity.nextPrompt')}
          </button>
          {config.promptEditing && (
            <button type="button" className="button button--worker" onClick={() => setEditingPrompt(true)}>
              {t(config.promptEditing.buttonKey)}
            </button>
          )}
          <button type="button" className="button button--worker" onClick={() => setNaming(true)}>
            {t('activity.nameAndSymbol')}
          </button>
        </WorkerZone>
        {readBack && <ReadBack page={page} placeName={placeName(current)} lang={lang} loadBlob={(id) => blobs.loadBlob(id)} pictures={pictures} />}
        <DrawingPage
          key={page.id}
          store={store}
          blobs={blobs}
          pictures={pictures}
          page={page}
          background={<current.Background />}
          promptKey={page.customPrompt ? undefined : promptKey}
          extraTools={pageTools?.(page)}
        />
        {naming && (
          <NameAndSymbolDialog
            page={page}
            defaultName={t(findPlace(config.id, current.place)?.nameKey ?? current.place)}
            symbols={config.symbols}
            onSave={(patch) => {
              store.apply(setPageMeta(page.id, patch));
              setNaming(false);
            }}
            onCancel={() => setNaming(false)}
          />
        )}
        {editingPrompt && config.promptEditing && (
          <PromptDialog
            keys={config.promptEditing}
            current={promptText}
            defaultPrompt={promptKey ? t(promptKey) : ''}
            custom={page.customPrompt !== undefined}
            onSave={(customPrompt) => {
              store.apply(setPageMeta(page.id, { customPrompt }));
              setEditingPrompt(false);
            }}
            onCancel={() => setEditingPrompt(false)}
          />
        )}
      </div>
    );
  }

  return (
    <div className={`activity activity--${config.id}`}>
      <header className="activity__bar">
        <button type="button" className="button button--child button--stop" onClick={() => setPaused(true)}>
          <Icon name="hand" />
          <span>{t('activity.stop')}</span>
        </button>
        {(current || currentPart) && !finished && !gate && (
          <nav className="activity__places" aria-label={t(config.titleKey)}>
            <button type="button" className="button button--child" onClick={() => goTo(undefined)}>
              <Icon name="home" />
              <span>{t('activity.overview')}</span>
            </button>
            {config.places.map((p) => (
              <button
                key={p.place}
                type="button"
                className="button button--child place-tab"
                aria-current={current?.place === p.place ? 'page' : undefined}
                onClick={() => goTo(p.place)}
              >
                <p.Picture />
                <span>{placeName(p)}</span>
              </button>
            ))}
            {answerParts.map((p) => (
              <button
                key={p.part}
                type="button"
                className="button button--child place-tab"
                aria-current={currentPart?.part === p.part ? 'page' : undefined}
                onClick={() => goTo(p.part)}
              >
                <p.Picture />
                <span>{partName(p)}</span>
              </button>
            ))}
          </nav>
        )}
      </header>
      <motion.main key={gate ? 'gate' : finished ? 'end' : (current?.place ?? currentPart?.part ?? 'overview')} className="activity__body" {...pageTransition}>
        {body}
      </motion.main>
      {paused && <PauseScreen onCarryOn={() => setPaused(false)} onStopForToday={exit} />}
    </div>
  );
}

function NameAndSymbolDialog({
  page,
  defaultName,
  symbols,
  onSave,
  onCancel,
}: {
  page: Page;
  defaultName: string;
  symbols: string[];
  onSave(patch: { customName?: string; symbol?: string }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(page.customName ?? '');
  const [symbol, setSymbol] = useState(page.symbol);
  return (
    <Dialog
      title={t('activity.nameTitle', { place: defaultName })}
      onCancel={onCancel}
      actions={
        <button type="button" className="button button--primary" onClick={() => onSave({ customName: name.trim() ? name : undefined, symbol })}>
          {t('common.save')}
        </button>
      }
    >
      <VerbatimInput label={t('activity.placeName')} value={name} onChange={setName} autoFocus />
      <fieldset className="symbol-choice">
        <legend>{t('activity.symbol')}</legend>
        {symbols.map((id) => {
          const s = getSticker(id);
          if (!s) return null;
          return (
            <button
              key={id}
              type="button"
              className="sticker-button"
              aria-pressed={symbol === id}
              aria-label={t(stickerNameKey(id), { ns: 'stickers' })}
              onClick={() => setSymbol(symbol === id ? undefined : id)}
            >
              <img src={stickerUrl(s.file)} alt="" />
            </button>
          );
        })}
      </fieldset>
    </Dialog>
  );
}

/**
 * The worker's own wording of a place's prompt. What is saved is exactly what was typed; saving
 * the default wording unchanged, or nothing, keeps the default (whose key is then recorded).
 */
function PromptDialog({
  keys,
  current,
  defaultPrompt,
  custom,
  onSave,
  onCancel,
}: {
  keys: PromptEditingKeys;
  current: string;
  defaultPrompt: string;
  custom: boolean;
  onSave(customPrompt: string | undefined): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(current);
  return (
    <Dialog
      title={t(keys.titleKey)}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button button--primary" onClick={() => onSave(text.trim() === '' || text === defaultPrompt ? undefined : text)}>
            {t('common.save')}
          </button>
          {custom && (
            <button type="button" className="button" onClick={() => onSave(undefined)}>
              {t(keys.resetKey)}
            </button>
          )}
        </>
      }
    >
      <VerbatimTextArea label={t(keys.fieldKey)} value={text} onChange={setText} rows={2} autoFocus />
    </Dialog>
  );
}
