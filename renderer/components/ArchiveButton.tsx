import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** 归档 (with a confirmation naming the record) or 恢复: nothing in the register is deleted. */
export function ArchiveButton({
  name,
  archived,
  onChange,
}: {
  name: string;
  archived: boolean;
  onChange: (archived: boolean) => void;
}) {
  const { t } = useTranslation();
  if (archived) return <Button onClick={() => onChange(false)}>{t('common.restore')}</Button>;
  return (
    <Popconfirm title={t('common.confirmArchive', { name })} onConfirm={() => onChange(true)}>
      <Button danger>{t('common.archive')}</Button>
    </Popconfirm>
  );
}
