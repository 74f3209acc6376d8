import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetKind } from '#domain/registers';
import type { MergeCounts, PackageImportResult as Result } from '#server/contract/packages';

type Part = 'divisions' | SheetKind;

// The rows in the order the package merges its parts (what others refer to first); written as a
// Record so that a register added to the list must be placed here.
const PARTS = Object.keys({ divisions: null, institutions: null, persons: null, staff: null } satisfies Record<
  Part,
  null
>) as Part[];

/** What an import did, register by register; or that the package had been imported already. */
export function PackageImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const params = { office: result.office.name, sequence: result.sequence };
  if (result.status === 'alreadyImported' || !result.counts)
    return <Alert type="info" showIcon title={t('packages.import.already', params)} data-testid="import-result" />;
  const counts = result.counts;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="import-result"
      title={[
        t('packages.import.imported', params),
        result.skipped.length > 0 ? t('packages.import.skipped', { numbers: result.skipped.join('、') }) : null,
      ]
        .filter(Boolean)
        .join('；')}
      description={
        <Table<{ part: Part } & MergeCounts>
          size="small"
          pagination={false}
          rowKey="part"
          dataSource={PARTS.map((part) => ({ part, ...counts[part] }))}
          columns={[
            { title: t('packages.import.part'), dataIndex: 'part', render: (p: Part) => t(`packages.parts.${p}`) },
            { title: t('packages.import.inserted'), dataIndex: 'inserted' },
            { title: t('packages.import.updated'), dataIndex: 'updated' },
            { title: t('packages.import.unchanged'), dataIndex: 'unchanged' },
            { title: t('packages.import.conflicts'), dataIndex: 'conflicts' },
          ]}
        />
      }
    />
  );
}
