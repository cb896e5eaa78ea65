import { useTranslation } from 'react-i18next';
import type { CharacterId, CharacterLook, WizardsState } from './characters';
import { CHARACTERS, HAIR_COLOURS, HAIR_STYLES, LOOKS, SKIN_TONES, characterNameKey, isPerson } from './characters';
import { CharacterPicture, HeadPicture } from './characterPicture';
import { ReadAloudButton } from '../../ui/ReadAloudButton';

interface Props {
  state: WizardsState;
  /** Store a change to the child's choices (the screen turns it into one session command). */
  onChange(patch: Partial<WizardsState>): void;
  onReady(): void;
}

/**
 * The child picks who to be: a character, then how it looks (skin colour and hair for the people,
 * or a blank outline to draw themself). Every choice is saved the moment it is made, so Stop or
 * a reload loses nothing. Big picture buttons; the names are the buttons' accessible names.
 */
export function CharacterChooser({ state, onChange, onReady }: Props) {
  const { t, i18n } = useTranslation('wizards');
  const lookFor = (character: CharacterId): CharacterLook => ({ ...state, character });
  // The character buttons always show the coloured-in character, so each is easy to recognise.
  const colouredLookFor = (character: CharacterId): CharacterLook => ({ ...state, character, look: 'coloured' });
  const chosen = state.character;
  const person = chosen !== undefined && isPerson(chosen);

  return (
    <div className="wf-chooser">
      <div className="wf-chooser__question">
        <h2>{t('choose.title')}</h2>
        <ReadAloudButton texts={() => [t('choose.title'), ...CHARACTERS.map((c) => t(characterNameKey(c)))]} lang={i18n.language} />
      </div>

      <div className="wf-chooser__characters">
        {CHARACTERS.map((c) => (
          <button key={c} type="button" className="wf-card" aria-pressed={chosen === c} onClick={() => onChange({ character: c })}>
            <CharacterPicture look={colouredLookFor(c)} />
            <span className="wf-card__name">{t(characterNameKey(c))}</span>
          </button>
        ))}
      </div>

      {chosen !== undefined && (
        <div className={`wf-chooser__look${person && state.look === 'coloured' ? '' : ' wf-chooser__look--simple'}`}>
          <fieldset className="wf-choice wf-choice--look">
            <legend>{t('choose.look')}</legend>
            {LOOKS.map((look) => (
              <button key={look} type="button" className="wf-card wf-card--small" aria-pressed={state.look === look} onClick={() => onChange({ look })}>
                <CharacterPicture look={{ ...lookFor(chosen), look }} />
                <span className="wf-card__name">{t(`looks.${look}`)}</span>
              </button>
            ))}
          </fieldset>

          {person && state.look === 'coloured' && (
            <>
              <fieldset className="wf-choice wf-choice--swatches wf-choice--skin">
                <legend>{t('choose.skin')}</legend>
                {SKIN_TONES.map((s) => (
                  <button
                    key={s.id}
                    type="button"
                    className="wf-swatch"
                    style={{ background: s.colour }}
                    aria-pressed={state.skinTone === s.id}
                    aria-label={t(`skin.${s.id}`)}
                    onClick={() => onChange({ skinTone: s.id })}
                  />
                ))}
              </fieldset>
              <fieldset className="wf-choice wf-choice--hair">
                <legend>{t('choose.hair')}</legend>
                {HAIR_STYLES.map((hair) => (
                  <button key={hair} type="button" className="wf-card wf-card--small" aria-pressed={state.hair === hair} onClick={() => onChange({ hair })}>
                    <HeadPicture look={{ ...lookFor(chosen), hair }} />
                    <span className="wf-card__name">{t(`hair.${hair}`)}</span>
                  </button>
                ))}
              </fieldset>
              <fieldset className="wf-choice wf-choice--swatches wf-choice--hair-colour">
                <legend>{t('choose.hairColour')}</legend>
                {HAIR_COLOURS.map((h) => (
                  <button
                    key={h.id}
                    type="button"
                    className="wf-swatch"
                    style={{ background: h.colour }}
                    aria-pressed={state.hairColour === h.id}
                    aria-label={t(`hairColour.${h.id}`)}
                    onClick={() => onChange({ hairColour: h.id })}
                  />
                ))}
              </fieldset>
            </>
          )}

          <button type="button" className="button button--child button--primary wf-chooser__ready" onClick={onReady}>
            {t('choose.ready')}
          </button>
        </div>
      )}
    </div>
  );
}
