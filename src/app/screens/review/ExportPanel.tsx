import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStore } from '../../../store/sessionStore';
import type { Workspace } from '../../workspace';
import { downloadBlob } from '../../download';
import { LanguageOptions } from '../../LanguageControl';
import { drawingFiles, jsonFile, pdfFile, prepareExports, preparedExports, recordingFiles, summaryIn, textFile, wordFile, zipFile } from './exportSummary';
import type { ExportFileData } from './exportSummary';
import { summaryToText } from '../../../summary/toText';
import { navigate } from '../../router';
import { fileNameTemplate, setFileNameTemplate } from './fileNameSetting';
import { exportFileName } from '../../../summary/fileNames';

type Kind = 'pdf' | 'word' | 'text' | 'data' | 'all' | 'copy';

function save(file: ExportFileData): void {
  downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
}

/**
 * The worker's exports: each is one ordinary download of what the child agreed to share,
 * built from the session at the moment of the click. The summary language defaults to the
 * worker's; the family's language can be chosen for a second copy. The child's words stay as said.
 */
export function ExportPanel({ store, workspace }: { store: SessionStore; workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState(i18n.language);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);
  const [exported, setExported] = useState(false);
  const langId = useId();
  const namesId = useId();
  const [template, setTemplate] = useState(fileNameTemplate);
  // Drawings go out in their house or bubble, as the child saw them; plain is the worker's choice.
  const [plain, setPlain] = useState(false);

  // While the worker and the child go through the list, the first PDF of the visit gets ready
  // (see prepareExports).
  useEffect(() => {
    const prepare = () => void prepareExports(store.get(), i18n.language, workspace.list());
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(prepare, 500);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(prepare, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [store, workspace, i18n]);

  const run = (kind: Kind, work: () => Promise<string | void>) => async () => {
    setBusy(kind);
    setMessage(null);
    try {
      await preparedExports();
      const note = await work();
      setExported(true);
      setMessage({ kind: 'status', text: note || t('export.done') });
    } catch (error) {
      console.error('Export failed:', error instanceof Error ? error.message : 'unknown');
      setMessage({ kind: 'alert', text: t('export.failed') });
    } finally {
      setBusy(null);
    }
  };

  const session = () => store.get();

  return (
    <section className="review-group export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="hint">{t('export.explain')}</p>
      <div className="field">
        <label htmlFor={langId}>{t('export.language')}</label>
        <select id={langId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <LanguageOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={namesId}>{t('export.fileNames')}</label>
        <input
          id={namesId}
          type="text"
          value={template}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-describedby={`${namesId}-hint`}
          onChange={(e) => {
            setTemplate(e.target.value);
            setFileNameTemplate(e.target.value);
          }}
        />
        <p className="hint" id={`${namesId}-hint`}>
          {t('export.fileNamesHint', { example: exportFileName(session(), { kind: 'summary-pdf' }, { template }) })}
        </p>
      </div>
      <label className="choice">
        <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
        <span>{t('export.plainDrawings')}</span>
      </label>
      <ul className="hint export-purposes">
        <li>{t('export.forRecord')}</li>
        <li>{t('export.forNotes')}</li>
        <li>{t('export.forSystems')}</li>
        <li>{t('export.forAll')}</li>
      </ul>
      <div className="row export-buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={run('pdf', async () => {
            const s = session();
            const summary = await summaryIn(s, language, workspace.list());
            save(await pdfFile(summary, s, (await drawingFiles(summary, s, false, plain)).pixels));
          })}
        >
          {busy === 'pdf' ? t('export.working') : t('export.pdf')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={run('word', async () => {
            const s = session();
            const summary = await summaryIn(s, language, workspace.list());
            save(await wordFile(summary, s, (await drawingFiles(summary, s, true, plain)).png));
          })}
        >
          {busy === 'word' ? t('export.working') : t('export.word')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={run('text', async () => {
            const s = session();
            save(textFile(await summaryIn(s, language, workspace.list()), s));
          })}
        >
          {t('export.text')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={run('data', async () => {
            const s = session();
            save(jsonFile(await summaryIn(s, language, workspace.list()), s));
          })}
        >
          {t('export.data')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={run('all', async () => {
            const s = session();
            const summary = await summaryIn(s, language, workspace.list());
            const drawings = await drawingFiles(summary, s, true, plain);
            const { files: audio, missing } = await recordingFiles(summary, workspace.blobs);
            const files = [
              await pdfFile(summary, s, drawings.pixels),
              await wordFile(summary, s, drawings.png),
              textFile(summary, s),
              jsonFile(summary, s),
              ...[...drawings.png].map(([name, bytes]) => ({ name, bytes, type: 'image/png' })),
              ...audio,
            ];
            save(await zipFile(summary, s, files));
            return missing > 0 ? t('export.missingAudio', { count: missing }) : undefined;
          })}
        >
          {busy === 'all' ? t('export.working') : t('export.all')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={run('copy', async () => {
            const text = summaryToText(await summaryIn(session(), language, workspace.list()));
            await navigator.clipboard.writeText(text);
            return t('export.copied');
          })}
        >
          {t('export.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'alert' ? 'form-error' : 'notice'} role={message.kind}>
          {message.text}
        </p>
      )}
      {exported && (
        <div className="after-export">
          <p>{t('export.deleteAfterHint', { name: session().childName })}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={async () => {
              if (!window.confirm(t('export.deleteAfterConfirm', { name: session().childName }))) return;
              await workspace.delete(session().id);
              navigate({ name: 'start' });
            }}
          >
            {t('export.deleteAfter')}
          </button>
        </div>
      )}
    </section>
  );
}
