import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityScreenProps } from '../types';
import { PlacesActivity } from '../shared/PlacesActivity';
import { setActivityState } from '../../store/commands';
import type { CharacterLook, WizardsState } from './characters';
import { ACTIVITY_ID, readWizardsState } from './characters';
import { CharacterChooser } from './CharacterChooser';
import { CharacterPicture } from './characterPicture';
import { wizardsConfig } from './config';
import './wizards.css';

/**
 * Wizards and Fairies: the child first chooses a magic character, then answers the three
 * questions of the map through it, in three magic bubbles around the character.
 */
export default function WizardsAndFairiesScreen(props: ActivityScreenProps) {
  const { store } = props;
  const { t } = useTranslation('wizards');
  const session = useSyncExternalStore(store.subscribe, store.get);
  const state = readWizardsState(session);
  // A child coming back to a session they already started goes straight to the bubbles.
  const [choosing, setChoosing] = useState(() => readWizardsState(store.get()).character === undefined);

  const { character, skinTone, hair, hairColour, look } = state;
  const chosenLook = useMemo<CharacterLook | undefined>(
    () => (character ? { character, skinTone, hair, hairColour, look } : undefined),
    [character, skinTone, hair, hairColour, look],
  );
  // Before a character is chosen only the page list matters (the pages exist from the start);
  // the fairy stands in so the config is always complete.
  const config = useMemo(
    () => wizardsConfig(chosenLook ?? { skinTone, hair, hairColour, look, character: 'fairy' }),
    [chosenLook, skinTone, hair, hairColour, look],
  );

  const change = (patch: Partial<WizardsState>) => store.apply(setActivityState(ACTIVITY_ID, patch));

  return (
    <PlacesActivity
      config={config}
      {...props}
      gate={choosing || !chosenLook ? <CharacterChooser state={state} onChange={change} onReady={() => setChoosing(false)} /> : undefined}
      overviewExtra={
        chosenLook && (
          <div className="wf-overview-character">
            <CharacterPicture look={chosenLook} />
          </div>
        )
      }
      overviewWorkerTools={
        chosenLook && (
          <button type="button" className="button button--worker" onClick={() => setChoosing(true)}>
            {t('choose.change')}
          </button>
        )
      }
      closingExtra={chosenLook && <CharacterPicture look={chosenLook} className="character-picture wf-closing-character" />}
    />
  );
}
