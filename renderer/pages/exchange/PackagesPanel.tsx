import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Spin } from 'antd';
import { useApi } from '../../api/context';
import { errorText } from '../../api/errors';
import { OfficeCard } from './OfficeCard';
import { PackageConflictsCard } from './PackageConflictsCard';
import { PackageExportCard } from './PackageExportCard';
import { PackageImportCard } from './PackageImportCard';
import { PackageLogCard } from './PackageLogCard';

/**
 * 数据包上报与接收: a street sends up, a district receives from its streets and sends up to the
 * city, a city only receives. Which cards show follows the office's level.
 */
export function PackagesPanel() {
  const { orpc } = useApi();
  const office = useQuery(orpc.packages.office.queryOptions());
  if (office.isError) return <Alert type="error" showIcon title={errorText(office.error)} />;
  if (!office.data) return <Spin />;
  const info = office.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <OfficeCard info={info} />
      {info.canExport && <PackageExportCard info={info} />}
      {info.canImport && <PackageImportCard />}
      {info.canImport && <PackageConflictsCard />}
      <PackageLogCard />
    </Space>
  );
}
