// Export and import: everything as one JSON file, notes also as Markdown. An import shows, kind
// by kind, what it will add and update before it changes anything; it then plans again against
// what is stored at that moment and writes everything at once, or nothing.
import { useId, useState, type ChangeEvent } from 'react';
import type { LocalizedText } from '@/content';
import type { Language, Message } from '@/lib/i18n';
import { MAX_BACKUP_BYTES } from '@/lib/backup';
import { notesToMarkdown, readingsToMarkdown } from '@/lib/markdown';
import { message } from '@/lib/i18n';
import type { NoteAboutKey } from '@/lib/model/note';
import { errorText } from '@/lib/model/record';
import {
  applyImport,
  backupSections,
  checkBackup,
  previewImport,
  type CheckedBackup,
  type SectionPlan,
} from '@/state/backup';
import { library, loadLibrary } from '@/runtime/library';
import { readStored } from '@/state/read-stored';
import { isSeriesKey, readingsInSnapshot } from '@/state/readings';
import { useNotesStore } from '@/state/stores';
import { useI18n } from '@/components/ui/use-i18n';
import { download, downloadBackup, fileDay } from './download';
import { useKeptAside } from './use-kept-aside';

/** Names for what notes are about, from the library, loaded only when Markdown is asked for. */
async function libraryNames(language: Language): Promise<Map<string, LocalizedText>> {
  await loadLibrary(language);
  return new Map<string, LocalizedText>([
    ...library.platforms.map((entry) => [`platform:${entry.id}`, entry.name] as const),
    ...library.metrics.map((entry) => [`metric:${entry.id}`, entry.name] as const),
    ...library.questions.map((entry) => [`question:${entry.id}`, entry.text] as const),
  ]);
}

/** What each kind of data is called in an import preview. */
const sectionLabels = new Map(backupSections.map((section) => [section.id, section.label]));

type Status =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; backup: CheckedBackup; plans: SectionPlan[]; fileName: string }
  | { kind: 'importing' }
  | { kind: 'done'; plans: SectionPlan[] }
  | { kind: 'failed'; message: Message };

/** One line per kind of data: what it adds, updates and leaves. */
function PlanList({ plans, done = false }: { plans: readonly SectionPlan[]; done?: boolean }) {
  const { t } = useI18n();
  const shown = plans.filter(({ counts }) => counts.added + counts.updated + counts.unchanged + counts.kept > 0);
  return (
    <ul className="plan-list" data-testid="import-plan">
      {shown.map(({ section, counts }) => (
        <li key={section} data-section={section}>
          {t(done ? 'dataImportSectionDone' : 'dataImportSection', {
            section: t(sectionLabels.get(section) ?? 'backupSectionKept'),
            added: counts.added,
            updated: counts.updated,
            unchanged: counts.unchanged,
          })}
          {counts.kept > 0 && ` ${t('dataImportKept', { count: counts.kept })}`}
        </li>
      ))}
    </ul>
  );
}

const changes = (plans: readonly SectionPlan[]) =>
  plans.reduce((sum, plan) => sum + Object.keys(plan.writes).length, 0);

export function DataTools() {
  const { t, say, pick, language } = useI18n();
  const notes = useNotesStore((state) => state.items);
  const loaded = useNotesStore((state) => state.loaded);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(false);
  const kept = useKeptAside();
  const fileId = useId();

  async function exportJson() {
    const failed = await downloadBackup();
    if (failed) setStatus({ kind: 'failed', message: failed });
  }

  async function exportMarkdown() {
    const names = await libraryNames(language);
    const options = {
      language,
      names: (kind: NoteAboutKey, id: string) => {
        const name = names.get(`${kind}:${id}`);
        return name && pick(name);
      },
    };
    // The history goes below the notes, a table per metric; without it when storage cannot be read.
    const readings = await readStored('local', isSeriesKey).then(readingsInSnapshot, () => []);
    const history = readingsToMarkdown(readings, options);
    const text = notesToMarkdown(notes, options) + (history ? `\n${history}` : '');
    download(`sidecoach-notes-${fileDay()}.md`, text, 'text/markdown');
  }

  async function preview(backup: CheckedBackup, fileName: string, settings: boolean) {
    try {
      setStatus({ kind: 'preview', backup, fileName, plans: await previewImport(backup, { withSettings: settings }) });
    } catch (error) {
      setStatus({ kind: 'failed', message: message('storageRefused', { detail: errorText(error) }) });
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setStatus({ kind: 'failed', message: message('backupTooLarge') });
    setStatus({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setStatus({ kind: 'failed', message: message('storageRefused', { detail: errorText(error) }) });
    }
    const checked = checkBackup(text);
    if (!checked.ok) return setStatus({ kind: 'failed', message: checked.error });
    setWithSettings(false);
    await preview(checked.backup, file.name, false);
  }

  async function confirmImport() {
    if (status.kind !== 'preview') return;
    const { backup } = status;
    setStatus({ kind: 'importing' });
    const result = await applyImport(backup, { withSettings });
    setStatus(result.ok ? { kind: 'done', plans: result.plans } : { kind: 'failed', message: result.message });
  }

  return (
    <section className="card" aria-labelledby="data-heading" data-testid="data-tools">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataBody')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportJson()}>
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
        {(status.kind === 'reading' || status.kind === 'importing') && (
          <p className="muted">{t('dataImportWorking')}</p>
        )}
        {status.kind === 'preview' && (
          <div className="card preview" data-testid="import-preview">
            <p>{t('dataImportPlanHeading', { file: status.fileName })}</p>
            <PlanList plans={status.plans} />
            {status.backup.hasSettings && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={withSettings}
                  onChange={(event) => {
                    setWithSettings(event.target.checked);
                    void preview(status.backup, status.fileName, event.target.checked);
                  }}
                />
                {t('dataImportSettings')}
              </label>
            )}
            <p className="muted hint">{t('dataImportAllOrNothing')}</p>
            <div className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() => void confirmImport()}
                disabled={changes(status.plans) === 0}
                data-testid="import-confirm"
              >
                {t('dataImportConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setStatus({ kind: 'idle' })}>
                {t('noteCancel')}
              </button>
            </div>
          </div>
        )}
        {status.kind === 'done' && (
          <div data-testid="import-done">
            <p>{t('dataImportDone')}</p>
            <PlanList plans={status.plans} done />
          </div>
        )}
        {status.kind === 'failed' && (
          <p className="error" role="alert">
            {t('dataImportFailed', { error: say(status.message) })}
          </p>
        )}
      </div>
      <p className="muted hint">{t('dataDevices')}</p>
      {kept !== null && (
        <p className={kept > 0 ? 'notice' : 'muted hint'} data-testid="kept-aside">
          {kept > 0 ? t('dataKeptAside', { count: kept }) : t('dataNothingKept')}
        </p>
      )}
    </section>
  );
}
