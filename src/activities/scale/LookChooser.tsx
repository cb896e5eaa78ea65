import { useTranslation } from 'react-i18next';
import type { ScaleLook } from '../../model/types';
import { LookIcon } from './looks';

/** How the scale looks: the same numbers underneath, so changing it never changes the answer. */
export function LookChooser({ look, looks, onChange }: { look: ScaleLook; looks: readonly ScaleLook[]; onChange(look: ScaleLook): void }) {
  const { t } = useTranslation('scale');
  return (
    <fieldset className="scale-looks">
      <legend>{t('look.label')}</legend>
      {looks.map((l) => (
        <button key={l} type="button" className="button button--child scale-looks__choice" aria-pressed={l === look} onClick={() => onChange(l)}>
          <LookIcon look={l} />
          <span>{t(`look.${l}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
