import { DownloadOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Radio, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGISTERS, SHEET_KINDS } from '#domain/registers';
import {
  IMPORT_MAX_BYTES,
  type ImportCommitResult,
  type ImportPreview,
  type ImportRunInput,
  type ImportSession,
} from '#server/contract/imports';
import { useApi } from '../../api/context';
import { errorText, fieldErrorsOf, ruleText } from '../../api/errors';
import { asksCareStart, ImportColumnNotices, type PlacementAnswer } from './ImportColumnNotices';
import { ImportMapping } from './ImportMapping';
import { ImportProgressBar, ImportSummary } from './ImportSummary';
import { downloadBase64, readAsBase64, XLSX_TYPE } from '../../components/file-transfer';
import { useImportRun } from './use-import-run';

type Kind = ImportSession['kind'];

/**
 * Excel 导入: choose the register and a file, check the mapping, check every row (nothing is
 * written), then import the valid rows in one go and download the rows that were left out.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const { client } = useApi();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const run = useImportRun();
  const [kind, setKind] = useState<Kind>('persons');
  const [file, setFile] = useState<{ name: string; dataBase64: string } | null>(null);
  const [session, setSession] = useState<ImportSession | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [moreSheets, setMoreSheets] = useState<string[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [committed, setCommitted] = useState<ImportCommitResult | null>(null);
  const [writing, setWriting] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [answer, setAnswer] = useState<PlacementAnswer>({ choice: null, date: null });

  const results = useRef<HTMLDivElement>(null);
  // The results sit under a long mapping table: bring them into view once they are there.
  useEffect(() => {
    if (preview) results.current?.scrollIntoView({ block: 'start' });
  }, [preview]);

  const showSession = (s: ImportSession) => {
    // The server keeps a parsed file until it is replaced; let go of the one being replaced.
    if (session && session.importId !== s.importId)
      void client.imports.discard({ importId: session.importId }).catch(() => undefined);
    setSession(s);
    setMapping(s.mapping);
    setAnswer({ choice: null, date: null });
    // Kept across a change of header row; a sheet that is now the chosen one, or has no header, drops out.
    setMoreSheets((m) =>
      session?.importId === s.importId
        ? m.filter((name) => name !== s.sheet && s.sheets.some((x) => x.name === name && x.headerRow !== null))
        : [],
    );
    setPreview(null);
    setCommitted(null);
    run.clearError();
  };
  const open = useMutation({
    mutationFn: (f: { kind: Kind; name: string; dataBase64: string }) =>
      client.imports.open({ kind: f.kind, fileName: f.name, dataBase64: f.dataBase64 }),
    onSuccess: showSession,
  });
  const configure = useMutation({
    mutationFn: (input: { sheet: string; headerRow?: number }) =>
      client.imports.configure({ importId: session?.importId ?? '', ...input }),
    onSuccess: showSession,
  });
  const report = useMutation({
    mutationFn: (input: ImportRunInput) => client.imports.errorReport(input),
    onSuccess: (r) => downloadBase64(r.fileName, r.dataBase64, XLSX_TYPE),
  });

  const choose = async (f: File) => {
    // Said here, before megabytes go over the wire only to be refused.
    setTooLarge(f.size > IMPORT_MAX_BYTES);
    if (f.size > IMPORT_MAX_BYTES) return;
    const chosen = { name: f.name, dataBase64: await readAsBase64(f) };
    setFile(chosen);
    setSession(null);
    open.mutate({ kind, ...chosen });
  };
  const changeKind = (k: Kind) => {
    setKind(k);
    if (file) open.mutate({ kind: k, ...file });
  };

  // The care start answer goes only while the question is asked; unanswered, the server asks again.
  const placementInput = (): Partial<ImportRunInput> => {
    if (!asksCareStart(mapping) || answer.choice === null) return {};
    if (answer.choice === 'skip') return { skipPlacements: true };
    return answer.date ? { careStartDate: answer.date } : {};
  };
  const runInput = (): ImportRunInput | null => {
    if (!session?.headerRow) return null;
    const more = session.sheets
      .filter((s) => moreSheets.includes(s.name) && s.headerRow !== null)
      .map((s) => ({ sheet: s.name, headerRow: s.headerRow ?? 1 }));
    return {
      importId: session.importId,
      sheet: session.sheet,
      headerRow: session.headerRow,
      mapping,
      ...placementInput(),
      ...(more.length > 0 ? { moreSheets: more } : {}),
    };
  };
  const check = async () => {
    const input = runInput();
    if (!input) return;
    setPreview(null);
    setPreview(await run.preview(input));
  };
  const doCommit = async () => {
    const input = runInput();
    if (!input || !preview) return;
    setWriting(preview.validRows);
    const done = await run.commit(input);
    setWriting(null);
    if (!done) return;
    setCommitted(done.result);
    setPreview(done.preview);
    await queryClient.invalidateQueries();
  };
  const confirmCommit = () => {
    if (!preview) return;
    modal.confirm({
      title: t('imports.confirmTitle'),
      content: preview.errorRows
        ? t('imports.confirmSkip', { count: preview.validRows, skipped: preview.errorRows })
        : t('imports.confirmAll', { count: preview.validRows }),
      okText: t('imports.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => void doCommit(),
    });
  };

  const mappingErrors = Object.fromEntries(
    fieldErrorsOf(run.error)
      .filter((f) => f.field.startsWith('mapping.'))
      .map((f) => [f.field.slice('mapping.'.length), ruleText(f.code, f.params, f.message)]),
  );
  const answerFields = fieldErrorsOf(run.error).filter((f) => f.field === 'careStartDate');
  const answerError =
    answerFields.length > 0 ? answerFields.map((f) => ruleText(f.code, f.params, f.message)).join('；') : null;
  const otherError = run.error && Object.keys(mappingErrors).length === 0 && !answerError ? errorText(run.error) : null;
  const busy = run.running !== null || open.isPending || configure.isPending;
  const setupError = tooLarge
    ? ruleText('import.file.tooLarge', { limit: IMPORT_MAX_BYTES / 1024 / 1024 })
    : (open.error ?? configure.error ?? report.error);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('imports.intro')} />
      <Flex gap={16} align="center" wrap>
        <Typography.Text strong>{t('imports.kind')}</Typography.Text>
        <Radio.Group
          optionType="button"
          value={kind}
          disabled={busy}
          onChange={(e) => changeKind(e.target.value as Kind)}
          options={SHEET_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
        <Upload
          accept=".xlsx,.csv,.txt,.xls"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(f) => (void choose(f), false)}
        >
          <Button icon={<UploadOutlined />} loading={open.isPending} disabled={busy}>
            {file ? t('imports.chooseAnother') : t('imports.chooseFile')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">
          {open.isPending ? t('imports.reading') : t('imports.fileHint')}
        </Typography.Text>
      </Flex>
      {setupError ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-refused"
          title={t('imports.failed')}
          description={typeof setupError === 'string' ? setupError : errorText(setupError)}
        />
      ) : null}
      {session ? (
        <ImportMapping
          session={session}
          mapping={mapping}
          errors={mappingErrors}
          disabled={busy || committed !== null}
          moreSheets={moreSheets}
          onMoreSheets={(sheets) => {
            setMoreSheets(sheets);
            setPreview(null);
            run.clearError();
          }}
          onSheet={(sheet) => configure.mutate({ sheet })}
          onHeaderRow={(headerRow) => configure.mutate({ sheet: session.sheet, headerRow })}
          onMap={(field, column) => {
            setMapping((m) => ({ ...m, [field]: column }));
            setPreview(null);
            run.clearError();
          }}
        />
      ) : null}
      {session?.headerRow ? (
        <ImportColumnNotices
          session={session}
          mapping={mapping}
          answer={answer}
          answerError={answerError}
          disabled={busy || committed !== null}
          onAnswer={(a) => {
            setAnswer(a);
            setPreview(null);
            run.clearError();
          }}
        />
      ) : null}
      {session?.headerRow ? (
        <Flex gap={12} align="center" wrap>
          <Button
            type="primary"
            icon={<FileSearchOutlined />}
            loading={run.running === 'preview'}
            disabled={busy || committed !== null}
            onClick={() => void check()}
          >
            {t('imports.preview')}
          </Button>
          <Typography.Text type="secondary">{t('imports.previewHint')}</Typography.Text>
          <Button
            type="primary"
            disabled={busy || !preview || preview.validRows === 0 || committed !== null}
            loading={run.running === 'commit'}
            onClick={confirmCommit}
          >
            {t('imports.commit', { count: preview?.validRows ?? 0 })}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={busy || !preview || preview.errorCount === 0}
            loading={report.isPending}
            onClick={() => {
              const input = runInput();
              if (input) report.mutate(input);
            }}
          >
            {t('imports.report')}
          </Button>
        </Flex>
      ) : null}
      <div ref={results} />
      {run.running ? (
        <ImportProgressBar progress={run.progress} writing={run.running === 'commit' ? writing : null} />
      ) : null}
      {otherError ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-run-error"
          title={t('imports.failed')}
          description={otherError}
        />
      ) : null}
      {committed ? (
        <Alert
          type="success"
          showIcon
          data-testid="import-committed"
          title={t('imports.committed', { created: committed.created })}
          description={
            <Space orientation="vertical" size={4}>
              {committed.enrolled ? (
                <span>{t('imports.committedEnrolled', { enrolled: committed.enrolled })}</span>
              ) : null}
              {committed.skipped ? <span>{t('imports.committedSkipped', { skipped: committed.skipped })}</span> : null}
              <Link to={REGISTERS[kind].route}>{t('imports.goToList', { kind: t(`imports.kinds.${kind}`) })}</Link>
            </Space>
          }
        />
      ) : null}
      {session && preview ? <ImportSummary kind={session.kind} preview={preview} /> : null}
    </Space>
  );
}
