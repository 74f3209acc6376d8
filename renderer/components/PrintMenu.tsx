import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequest } from '#server/contract';
import { PrintPreview } from './PrintPreview';

/** The 打印 button of a detail page: each document the record can print, then the preview. */
export function PrintMenu({ items }: { items: { label: string; request: DocumentRequest; disabled?: boolean }[] }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<DocumentRequest | null>(null);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: items.map((i, n) => ({ key: String(n), label: i.label, disabled: i.disabled })),
          onClick: ({ key }) => setRequest(items[Number(key)]?.request ?? null),
        }}
      >
        <Button icon={<PrinterOutlined />}>{t('printMenu.menu')}</Button>
      </Dropdown>
      {request ? <PrintPreview request={request} onClose={() => setRequest(null)} /> : null}
    </>
  );
}
