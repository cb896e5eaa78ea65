import { useTranslation } from 'react-i18next';
import { PassphraseForm } from '../screens/UnlockScreen';

/**
 * The gate between the child's space and the worker's: the worker's passphrase, checked against
 * the vault exactly as at unlock (a wrong one changes nothing). The child can always go back to
 * the activity; nothing else on this screen leads anywhere.
 */
export function ChildGate({ onPass, onBack }: { onPass(): void; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <main className="gate child-gate">
      <h1>{t('childSpace.gateTitle')}</h1>
      <p>{t('childSpace.gateBody')}</p>
      <PassphraseForm
        onReady={async (checked) => {
          // Only the answer matters: the open workspace keeps its own key.
          checked.lock();
          onPass();
        }}
      />
      <button type="button" className="button button--large child-gate__back" onClick={onBack}>
        {t('childSpace.backToActivity')}
      </button>
    </main>
  );
}
