import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGISTERS, type SheetKind } from '#domain/registers';
import type { ImportIssue } from '#server/contract/imports';
import { ruleText } from '../../api/errors';

/** Errors (or notes) by row and column, as the clerk will find them in the sheet; duplicates stand out. */
export function ImportIssues({
  kind,
  issues,
  testId,
  noteColumn = false,
  sheetColumn = false,
}: {
  kind: SheetKind;
  issues: ImportIssue[];
  testId: string;
  noteColumn?: boolean;
  sheetColumn?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<ImportIssue>
      size="small"
      data-testid={testId}
      rowKey={(i) => `${i.sheet}:${i.row}:${i.field}:${i.code}`}
      dataSource={issues}
      pagination={{
        pageSize: 10,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      onRow={(i) => (i.duplicate ? { style: { background: '#fff7e6' } } : {})}
      columns={[
        ...(sheetColumn ? [{ title: t('imports.cols.sheet'), dataIndex: 'sheet', width: 140 }] : []),
        { title: t('imports.cols.row'), dataIndex: 'row', width: 80 },
        {
          title: t('imports.cols.column'),
          key: 'column',
          width: 200,
          render: (_: unknown, i) =>
            i.letter ? t('imports.columnWithLetter', { column: i.column, letter: i.letter }) : i.column,
        },
        {
          title: t('imports.cols.value'),
          dataIndex: 'value',
          width: 220,
          render: (v: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{v}</Typography.Text>,
        },
        {
          title: noteColumn ? t('imports.cols.note') : t('imports.cols.message'),
          key: 'message',
          render: (_: unknown, i) => (
            <>
              {i.duplicate ? <Tag color="orange">{t('imports.duplicate')}</Tag> : null}
              <Typography.Text>{ruleText(i.code, i.params, i.message)}</Typography.Text>
              {i.duplicate?.of === 'register' ? (
                <>
                  {' '}
                  <Link to={`${REGISTERS[kind].route}/${i.duplicate.id}`}>{t('imports.openRecord')}</Link>
                </>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
