// Export and import: everything as one JSON file, notes also as Markdown. An import shows what
// it will add and update before it changes anything, and on any problem changes nothing.
import { useId, useState, type ChangeEvent } from 'react';
import type { LocalizedText } from '@/content';
import {
  applyImport,
  buildBackup,
  parseBackup,
  planImport,
  serializeBackup,
  type Backup,
  type ImportPlan,
} from '@/lib/backup';
import { notesToMarkdown } from '@/lib/markdown';
import {
  applyExtras,
  mergeActivity,
  planExtras,
  readBackupExtras,
  readExtras,
  type ChecklistSection,
  type ExtrasPlan,
} from '@/state/backup-extras';
import { useNotesStore } from '@/state/notes-store';
import { useSettingsStore } from '@/state/settings-store';
import { useI18n } from './use-i18n';

/** Offers text as a file download, made in the page: nothing leaves the browser. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Names for what notes are about, from the library, loaded only when Markdown is asked for. */
async function libraryNames(): Promise<Map<string, LocalizedText>> {
  const { library } = await import('@/content');
  return new Map<string, LocalizedText>([
    ...library.platforms.map((entry) => [`platform:${entry.id}`, entry.name] as const),
    ...library.metrics.map((entry) => [`metric:${entry.id}`, entry.name] as const),
    ...library.questions.map((entry) => [`question:${entry.id}`, entry.text] as const),
  ]);
}

type Status =
  | { kind: 'idle' }
  | {
      kind: 'preview';
      backup: Backup;
      plan: ImportPlan;
      extras: ExtrasPlan;
      activity: ChecklistSection['activity'] | null;
      fileName: string;
    }
  | { kind: 'done'; written: number }
  | { kind: 'failed'; message: LocalizedText };

export function DataTools() {
  const { t, pick, language } = useI18n();
  const byId = useNotesStore((state) => state.byId);
  const notes = useNotesStore((state) => state.notes);
  const loaded = useNotesStore((state) => state.loaded);
  const settings = useSettingsStore((state) => state.settings);
  const updateSettings = useSettingsStore((state) => state.update);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(false);
  const fileId = useId();
  const day = new Date().toISOString().slice(0, 10);

  function exportJson() {
    download(`sidecoach-backup-${day}.json`, serializeBackup(buildBackup({ notes, settings })), 'application/json');
  }

  async function exportMarkdown() {
    const names = await libraryNames();
    const text = notesToMarkdown(notes, {
      language,
      names: (kind, id) => {
        const name = names.get(`${kind}:${id}`);
        return name && pick(name);
      },
    });
    download(`sidecoach-notes-${day}.md`, text, 'text/markdown');
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setStatus({ kind: 'failed', message: { en: String(error), id: String(error) } });
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) return setStatus({ kind: 'failed', message: parsed.error });
    const extras = readBackupExtras(parsed.backup.team, parsed.backup.checklist);
    if (!extras.ok) return setStatus({ kind: 'failed', message: extras.error });
    const stored = await readExtras();
    setStatus({
      kind: 'preview',
      backup: parsed.backup,
      plan: planImport(Object.values(byId), parsed.backup.notes),
      extras: planExtras(stored, extras),
      activity: extras.checklist ? mergeActivity(stored.checklist.activity, extras.checklist.activity) : null,
      fileName: file.name,
    });
  }

  async function confirmImport() {
    if (status.kind !== 'preview') return;
    const result = await applyImport(status.plan);
    if (!result.ok) return setStatus({ kind: 'failed', message: result.message });
    try {
      await applyExtras(status.extras, status.activity, withSettings);
    } catch (error) {
      return setStatus({
        kind: 'failed',
        message: {
          en: `Your notes were imported, but the team and checklist could not be (${String(error)}).`,
          id: `Catatan berhasil diimpor, tetapi tim dan checklist tidak (${String(error)}).`,
        },
      });
    }
    if (withSettings && status.backup.settings) {
      try {
        await updateSettings(status.backup.settings);
      } catch (error) {
        return setStatus({ kind: 'failed', message: { en: String(error), id: String(error) } });
      }
    }
    setStatus({ kind: 'done', written: result.written });
  }

  return (
    <section className="card" aria-labelledby="data-heading" data-testid="data-tools">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataBody')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportJson()} disabled={!loaded}>
          {t('dataExportJson')}
        </button>
        <button type="button" className="button" onClick={() => void exportMarkdown()} disabled={!loaded}>
          {t('dataExportMarkdown')}
        </button>
      </div>
      <label htmlFor={fileId} className="import-label">
        {t('dataImportLabel')}
      </label>
      <input id={fileId} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
      <div role="status" aria-live="polite">
        {status.kind === 'preview' && (
          <div className="card preview" data-testid="import-preview">
            <p>
              {t('dataImportPlan', {
                file: status.fileName,
                added: status.plan.added.length,
                updated: status.plan.updated.length,
                unchanged: status.plan.unchanged.length,
              })}
            </p>
            {(status.extras.members.length > 0 || status.extras.agenda.length > 0) && (
              <p>
                {t('dataImportTeam', { members: status.extras.members.length, items: status.extras.agenda.length })}
              </p>
            )}
            {(status.backup.settings || status.extras.reminders) && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={withSettings}
                  onChange={(event) => setWithSettings(event.target.checked)}
                />
                {t('dataImportSettings')}
              </label>
            )}
            <div className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() => void confirmImport()}
                disabled={
                  status.plan.added.length +
                    status.plan.updated.length +
                    status.extras.members.length +
                    status.extras.agenda.length ===
                    0 &&
                  !status.extras.ticks &&
                  !withSettings
                }
              >
                {t('dataImportConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setStatus({ kind: 'idle' })}>
                {t('noteCancel')}
              </button>
            </div>
          </div>
        )}
        {status.kind === 'done' && <p>{t('dataImportDone', { count: status.written })}</p>}
        {status.kind === 'failed' && (
          <p className="error" role="alert">
            {t('dataImportFailed', { error: pick(status.message) })}
          </p>
        )}
      </div>
      <p className="muted hint">{t('dataDevices')}</p>
    </section>
  );
}
