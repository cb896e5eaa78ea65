import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How much space Voicemap uses and how much is left, and whether the browser promised to keep
 * it (persistent storage): a worker should know before the tablet fills up mid-visit.
 */
export function StorageInfo() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<{ used: number; quota: number; persisted: boolean } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    void (async () => {
      const persisted = (await storage.persisted?.()) || (await storage.persist?.().catch(() => false)) || false;
      const { usage = 0, quota = 0 } = await storage.estimate();
      if (!cancelled) setInfo({ used: usage, quota, persisted });
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  if (!info) return null;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return (
    <section className="storage-info" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>{t('storage.usage', { used: mb(info.used), free: mb(Math.max(0, info.quota - info.used)) })}</p>
      <p>{info.persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
    </section>
  );
}
