import { useEffect } from 'react';
import { setLanguage, workerLanguage } from './i18n';

/**
 * The child's screens speak the child's language (kept in the session); leaving them puts the
 * worker's own language back.
 */
export function useChildLanguage(language: string): void {
  useEffect(() => {
    void setLanguage(language);
    return () => {
      void setLanguage(workerLanguage());
    };
  }, [language]);
}
