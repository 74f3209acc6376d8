import { Alert, Checkbox, Descriptions, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportSession } from '#server/contract/imports';

const NONE = -1;

interface Props {
  session: ImportSession;
  mapping: Record<string, number | null>;
  /** Messages for mapping fields the server refused (required but not mapped, a column used twice). */
  errors: Record<string, string>;
  disabled: boolean;
  /** Further sheets to check and import with this one. */
  moreSheets: string[];
  onMoreSheets(sheets: string[]): void;
  onSheet(sheet: string): void;
  onHeaderRow(row: number): void;
  onMap(field: string, column: number | null): void;
}

/** Which sheet, which header row, and which column feeds each register field. */
export function ImportMapping({
  session,
  mapping,
  errors,
  disabled,
  moreSheets,
  onMoreSheets,
  onSheet,
  onHeaderRow,
  onMap,
}: Props) {
  const { t } = useTranslation();
  const label = (f: ImportField) => t(`imports.fieldNames.${session.kind}.${f.key}`, { defaultValue: f.header });
  const columnOptions = [
    { value: NONE, label: t('imports.notImported') },
    ...session.columns.map((c) => ({
      value: c.index,
      label: t('imports.columnOption', { letter: c.letter, header: c.header || '—' }),
    })),
  ];
  // Sheets whose header was found: they can go with the chosen one (one sheet per street, say).
  const others = session.sheets.filter((s) => s.name !== session.sheet && s.headerRow !== null);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('imports.file')}>{session.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('imports.sheet')}>
          <Select
            aria-label={t('imports.sheet')}
            style={{ width: 360 }}
            value={session.sheet}
            disabled={disabled}
            onChange={onSheet}
            options={session.sheets.map((s) => ({
              value: s.name,
              label: `${s.headerRow ? t('imports.sheetMatched', { name: s.name, count: s.matched }) : t('imports.sheetNoHeader', { name: s.name })}${s.hidden ? t('imports.sheetHidden') : ''}`,
            }))}
          />
        </Descriptions.Item>
        {others.length > 0 ? (
          <Descriptions.Item label={t('imports.moreSheets')}>
            <Space orientation="vertical" size={4}>
              <Checkbox.Group
                data-testid="import-more-sheets"
                value={moreSheets}
                disabled={disabled}
                onChange={(v) => onMoreSheets(v as string[])}
                options={others.map((s) => ({
                  value: s.name,
                  label: t('imports.moreSheetOption', { name: s.name, row: s.headerRow }),
                }))}
              />
              <Typography.Text type="secondary">{t('imports.moreSheetsHint')}</Typography.Text>
            </Space>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('imports.headerRow')}>
          <Space wrap>
            <Select
              aria-label={t('imports.headerRow')}
              style={{ width: 480 }}
              value={session.headerRow ?? undefined}
              disabled={disabled}
              onChange={onHeaderRow}
              options={session.headerChoices.map((c) => ({
                value: c.row,
                label: t('imports.headerRowOption', { row: c.row, text: c.text || '—' }),
              }))}
            />
            {session.twoRowHeader ? <Tag color="blue">{t('imports.twoRowHeader')}</Tag> : null}
            {session.headerRow ? (
              <Typography.Text type="secondary">{t('imports.dataRows', { count: session.dataRows })}</Typography.Text>
            ) : null}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {session.notice ? (
        <Alert type="warning" showIcon data-testid="import-notice" title={session.notice.message} />
      ) : null}
      {session.columns.length > 0 ? (
        <>
          <Flex gap={12} align="center" wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('imports.mapping')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('imports.mappingHint')}</Typography.Text>
            {session.templateUsed ? (
              <Tag color="green" data-testid="template-used">
                {t('imports.templateUsed')}
              </Tag>
            ) : null}
          </Flex>
          <Table<ImportField>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={session.fields}
            data-testid="import-mapping"
            columns={[
              {
                title: t('imports.field'),
                key: 'field',
                width: 200,
                render: (_: unknown, f) => (
                  <Typography.Text>
                    {f.required ? <Typography.Text type="danger">* </Typography.Text> : null}
                    {label(f)}
                  </Typography.Text>
                ),
              },
              {
                title: t('imports.column'),
                key: 'column',
                width: 320,
                render: (_: unknown, f) => (
                  <Space orientation="vertical" size={0}>
                    <Select
                      aria-label={label(f)}
                      style={{ width: 300 }}
                      status={errors[f.key] ? 'error' : undefined}
                      disabled={disabled}
                      value={mapping[f.key] ?? NONE}
                      options={columnOptions}
                      onChange={(v: number) => onMap(f.key, v === NONE ? null : v)}
                    />
                    {errors[f.key] ? <Typography.Text type="danger">{errors[f.key]}</Typography.Text> : null}
                  </Space>
                ),
              },
              {
                title: t('imports.samples'),
                key: 'samples',
                render: (_: unknown, f) => {
                  const index = mapping[f.key];
                  const column = index === null || index === undefined ? undefined : session.columns[index];
                  return <Typography.Text type="secondary">{column?.samples.join('、') ?? ''}</Typography.Text>;
                },
              },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
