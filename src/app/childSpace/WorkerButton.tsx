import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';

/**
 * The worker's way out of the child's space: it only opens the passphrase gate. It sits in a
 * worker zone, which switch scanning skips, and last in the document so the child's controls
 * come first in keyboard order.
 */
export function WorkerButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <div className="worker-exit-zone" data-worker-zone="">
      <button type="button" className="button button--small worker-exit" onClick={onClick}>
        <Icon name="lock" size={20} />
        <span>{t('childSpace.worker')}</span>
      </button>
    </div>
  );
}
