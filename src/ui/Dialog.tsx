import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onCancel(): void;
  children: ReactNode;
  /** The main buttons; a Cancel button is added after them. */
  actions: ReactNode;
  /** 'alertdialog' for confirmations of something that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  /** Label of the closing button (default: Cancel). */
  cancelLabel?: string;
}

/** A modal box over the screen: a title, its content, its buttons and Cancel; Escape cancels. */
export function Dialog({ title, onCancel, children, actions, role = 'dialog', cancelLabel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role={role} aria-modal="true" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="dialog__actions">
          {actions}
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
