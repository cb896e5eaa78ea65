import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessSettings } from '../../model/types';
import { DEFAULT_ACCESS } from '../../model/types';
import type { SessionStore } from '../../store/sessionStore';
import { setAccess } from '../../store/commands';
import { STICKER_CATEGORIES, stickerCategoryKey } from '../../stickers/catalogue';

const SWITCHES: (keyof Omit<AccessSettings, 'scanning' | 'stickerSets'>)[] = [
  'largerButtons',
  'readableFont',
  'highContrast',
  'fewerTools',
  'sounds',
  'reduceMotion',
];

/** The worker sets up the child's screens for this child: kept with the session. */
export function AccessPanel({ store, access }: { store: SessionStore; access?: AccessSettings }) {
  const { t } = useTranslation();
  const settings = { ...DEFAULT_ACCESS, ...access };
  const scanId = useId();
  return (
    <details className="access-panel card">
      <summary>{t('access.title')}</summary>
      <p className="hint">{t('access.explain')}</p>
      <div className="access-panel__grid">
        {SWITCHES.map((key) => (
          <label key={key} className="choice">
            <input type="checkbox" checked={settings[key]} onChange={(e) => store.apply(setAccess({ [key]: e.target.checked }))} />
            <span>{t(`access.${key}`)}</span>
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={scanId}>{t('access.scanning')}</label>
        <select id={scanId} value={settings.scanning} onChange={(e) => store.apply(setAccess({ scanning: e.target.value as AccessSettings['scanning'] }))}>
          <option value="off">{t('access.scanOff')}</option>
          <option value="auto">{t('access.scanAuto')}</option>
          <option value="step">{t('access.scanStep')}</option>
        </select>
      </div>
      <fieldset className="choice-row access-panel__stickers">
        <legend>{t('access.stickerSets')}</legend>
        {/* "Hard things" stays off until the worker turns it on: nothing on offer suggests an answer. */}
        {STICKER_CATEGORIES.map((c) => (
          <label key={c} className="choice">
            <input
              type="checkbox"
              checked={settings.stickerSets.includes(c)}
              onChange={(e) =>
                store.apply(
                  setAccess({
                    stickerSets: STICKER_CATEGORIES.filter((x) => (x === c ? e.target.checked : settings.stickerSets.includes(x))),
                  }),
                )
              }
            />
            <span>{t(stickerCategoryKey(c), { ns: 'stickers' })}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
