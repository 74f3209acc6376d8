import { Alert, Col, Collapse, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetKind } from '#domain/registers';
import type { ImportPreview, ImportProgress } from '#server/contract/imports';
import { ImportIssues } from './ImportIssues';

/** The progress bar of a running check or import. */
export function ImportProgressBar({ progress, writing }: { progress: ImportProgress | null; writing: number | null }) {
  const { t } = useTranslation();
  if (progress?.phase === 'write' || writing !== null) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
        <Progress percent={100} status="active" showInfo={false} />
        <Typography.Text type="secondary">
          {t('imports.writing', { count: progress?.total ?? writing ?? 0 })}
        </Typography.Text>
      </Space>
    );
  }
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Progress percent={total ? Math.floor((done * 100) / total) : 0} status="active" />
      {total ? <Typography.Text type="secondary">{t('imports.checking', { done, total })}</Typography.Text> : null}
    </Space>
  );
}

/** Whether a row of this register can also place someone in care (托养安置), so the summary counts placements. */
const PLACES: Record<SheetKind, boolean> = { persons: true, institutions: false, staff: false };

/** What the check found: counts, then every error by row and column, then the notes. */
export function ImportSummary({ kind, preview }: { kind: SheetKind; preview: ImportPreview }) {
  const { t } = useTranslation();
  const stats: [string, number, string?][] = [
    ['total', preview.totalRows],
    ['valid', preview.validRows, '#389e0d'],
    ['errors', preview.errorRows, preview.errorRows ? '#cf1322' : undefined],
    ['inFile', preview.duplicatesInFile, preview.duplicatesInFile ? '#d46b08' : undefined],
    ['inRegister', preview.duplicatesInRegister, preview.duplicatesInRegister ? '#d46b08' : undefined],
  ];
  if (PLACES[kind]) stats.push(['enrolments', preview.enrolments]);
  // Rows of several sheets: each issue says which sheet it is on.
  const several = preview.sheets.length > 1;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={16} data-testid="import-summary">
        {stats.map(([key, value, color]) => (
          <Col key={key}>
            <Statistic title={t(`imports.summary.${key}`)} value={value} styles={{ content: color ? { color } : {} }} />
          </Col>
        ))}
      </Row>
      {preview.errorCount === 0 ? (
        <Alert type="success" showIcon title={t('imports.noErrors', { count: preview.totalRows })} />
      ) : null}
      {several && preview.ignored.length ? (
        <Typography.Text type="secondary">
          {t('imports.ignoredAt', { rows: preview.ignored.map((x) => t('imports.ignoredAtRow', x)).join('、') })}
        </Typography.Text>
      ) : !several && preview.ignoredRows.length ? (
        <Typography.Text type="secondary">
          {t('imports.ignoredRows', { rows: preview.ignoredRows.join('、') })}
        </Typography.Text>
      ) : null}
      {preview.errorCount > 0 ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('imports.errorsTitle', { count: preview.errorCount })}
          </Typography.Title>
          {preview.errors.length < preview.errorCount ? (
            <Typography.Text type="secondary">
              {t('imports.errorsTruncated', { shown: preview.errors.length })}
            </Typography.Text>
          ) : null}
          <ImportIssues kind={kind} issues={preview.errors} testId="import-errors" sheetColumn={several} />
        </>
      ) : null}
      {preview.warningCount > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'warnings',
              label: t('imports.warningsTitle', { count: preview.warningCount }),
              children: (
                <ImportIssues
                  kind={kind}
                  issues={preview.warnings}
                  testId="import-warnings"
                  noteColumn
                  sheetColumn={several}
                />
              ),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}
