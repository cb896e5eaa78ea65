import { useId, useState, useSyncExternalStore } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../workspace';
import { navigate } from '../router';
import { PracticeLinks } from './SetupScreen';
import { BackupPanel } from './BackupPanel';
import { PassphrasePanel } from './PassphrasePanel';
import { StorageInfo } from './StorageInfo';
import { VerbatimInput } from '../../ui/VerbatimText';
import { LanguageOptions } from '../LanguageControl';

/** The worker's start screen: new session, saved sessions (newest first), backup. */
export function StartScreen({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  useSyncExternalStore(workspace.subscribe, workspace.getVersion);
  const [creating, setCreating] = useState(false);
  const sessions = workspace.list();
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="worker-screen">
      <h1>{t('start.title')}</h1>
      {workspace.unreadable.length > 0 && (
        <p className="notice" role="alert">
          {t('start.unreadable', { count: workspace.unreadable.length })}
        </p>
      )}
      {workspace.repaired.length > 0 && (
        <p className="notice" role="status">
          {t('start.repaired', { count: workspace.repaired.length })}
        </p>
      )}
      <SaveProblem workspace={workspace} />
      {creating ? (
        <NewSessionForm workspace={workspace} onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" className="button button--primary button--large" onClick={() => setCreating(true)}>
          {t('start.newSession')}
        </button>
      )}
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('start.saved')}</h2>
        {sessions.length === 0 ? (
          <p>{t('start.none')}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((s) => (
              <li key={s.id}>
                <a className="session-link" href={`#/session/${s.id}`}>
                  <span className="session-link__name">{s.childName}</span>
                  <span className="session-link__meta">
                    {' – '}
                    {dateFmt.format(new Date(s.createdAt))}
                    {s.workerName ? ` · ${s.workerName}` : ''}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <BackupPanel workspace={workspace} />
      <PassphrasePanel workspace={workspace} />
      <StorageInfo />
      <PracticeLinks />
    </main>
  );
}

export function SaveProblem({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  useSyncExternalStore(workspace.subscribe, workspace.getVersion);
  if (workspace.saveStatus === 'full') {
    return (
      <p className="notice notice--warn" role="alert">
        {t('save.full')}
      </p>
    );
  }
  if (workspace.saveStatus === 'error') {
    return (
      <p className="notice notice--warn" role="alert">
        {t('save.error')}
      </p>
    );
  }
  return null;
}

const AGE_BANDS = ['under5', '5to7', '8to11', '12to15', '16plus'] as const;

function NewSessionForm({ workspace, onCancel }: { workspace: Workspace; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const [childName, setChildName] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [workerName, setWorkerName] = useState('');
  const [present, setPresent] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [error, setError] = useState('');
  const ageId = useId();
  const langId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!childName.trim()) return setError(t('newSession.nameNeeded'));
    try {
      const store = await workspace.create({
        childName: childName.trim(),
        ageBand: ageBand || undefined,
        workerName: workerName.trim(),
        present: present
          .split(/[,;\n]/)
          .map((p) => p.trim())
          .filter(Boolean),
        language,
      });
      navigate({ name: 'session', sessionId: store.get().id });
    } catch {
      setError(t('save.error'));
    }
  };

  return (
    <form className="card new-session" onSubmit={submit} aria-labelledby="new-session-title">
      <h2 id="new-session-title">{t('newSession.title')}</h2>
      <VerbatimInput label={t('newSession.childName')} value={childName} onChange={setChildName} autoFocus />
      <p className="hint">{t('newSession.childNameHint')}</p>
      <div className="field">
        <label htmlFor={ageId}>{t('newSession.ageBand')}</label>
        <select id={ageId} value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
          <option value="">{t('newSession.ageNotSaid')}</option>
          {AGE_BANDS.map((a) => (
            <option key={a} value={a}>
              {t(`ageBand.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <VerbatimInput label={t('newSession.workerName')} value={workerName} onChange={setWorkerName} />
      <VerbatimInput label={t('newSession.present')} value={present} onChange={setPresent} />
      <p className="hint">{t('newSession.presentHint')}</p>
      <div className="field">
        <label htmlFor={langId}>{t('newSession.childLanguage')}</label>
        <select id={langId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <LanguageOptions />
        </select>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button--primary">
          {t('newSession.start')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
