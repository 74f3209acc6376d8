import { FolderOpenOutlined, UsbOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export interface DestinationOption {
  path: string;
  label: string;
  removable: boolean;
}

/**
 * Where an export or package is written: removable drives first (as the OS reports them), the
 * export folder beside the register, or any folder the clerk types — or, on the desktop, picks.
 */
// value / onChange are optional so a Form.Item can drive the picker like any other control.
export function DestinationPicker({
  destinations,
  value,
  onChange,
}: {
  destinations: DestinationOption[];
  value?: string;
  onChange?: (path: string) => void;
}) {
  const { t } = useTranslation();
  const host = window.registerHost;
  const options = destinations.map((d) => ({
    value: d.path,
    label: (
      <Space>
        {d.removable ? (
          <Tag icon={<UsbOutlined />} color="blue">
            {t('destination.removable')}
          </Tag>
        ) : (
          <Tag>{t('destination.exportFolder')}</Tag>
        )}
        {d.path}
      </Space>
    ),
  }));
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
      <AutoComplete
        aria-label={t('destination.label')}
        value={value}
        onChange={onChange}
        options={options}
        placeholder={t('destination.placeholder')}
        style={{ width: '100%' }}
      />
      {host && (
        <Button
          icon={<FolderOpenOutlined />}
          onClick={() => {
            void host.pickFolder().then((r) => r.path && onChange?.(r.path));
          }}
        >
          {t('destination.browse')}
        </Button>
      )}
    </Space.Compact>
  );
}
