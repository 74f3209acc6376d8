import { FilePdfOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Modal, Popover, Space, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequest } from '#server/contract';
import { useApi } from '../api/context';
import { errorText, ruleText } from '../api/errors';

function downloadPdf(base64: string, name: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.pdf`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Preview of a print-ready document in a sandboxed frame (no scripts), then the system print
 * dialog or a PDF. The desktop host prints through Electron; the browser host through the
 * browser and, for PDF, the machine's Chromium on the server side.
 */
export function PrintPreview({ request, onClose }: { request: DocumentRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const { orpc, client } = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const frame = useRef<HTMLIFrameElement>(null);
  const doc = useQuery(orpc.documents.render.queryOptions({ input: request }));
  const isRoster = request.key.startsWith('roster.');
  const columns = useQuery({
    ...orpc.documents.columns.queryOptions({ input: { key: request.key as 'roster.persons' } }),
    enabled: isRoster,
  });
  const setColumns = useMutation(
    orpc.documents.setColumns.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  const host = window.registerHost;
  const recorded = () =>
    client.documents.recordPrint({ request, copies: 1 }).then(() => queryClient.invalidateQueries());

  const print = useMutation({
    mutationFn: async () => {
      if (!doc.data) return;
      if (host) {
        const r = await host.printHtml(doc.data.html);
        if (r.printed) await recorded();
        return;
      }
      frame.current?.contentWindow?.print();
      await recorded();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const pdf = useMutation({
    mutationFn: async () => {
      if (!doc.data) return;
      if (host) {
        const r = await host.savePdf(doc.data.html, doc.data.title);
        if (r.error) throw new Error(ruleText(r.error.code, r.error.params));
        if (r.saved) await recorded();
        return;
      }
      const out = await client.documents.pdf(request);
      downloadPdf(out.pdfBase64, out.title);
      message.success(t('print.pdfSaved'));
      await queryClient.invalidateQueries();
    },
    onError: (e) => message.error(errorText(e)),
  });

  const chooser = columns.data ? (
    <Checkbox.Group
      style={{ display: 'grid', gap: 4 }}
      value={columns.data.chosen}
      options={columns.data.all.map((c) => ({ value: c.key, label: c.label }))}
      onChange={(v) => v.length && setColumns.mutate({ key: request.key as 'roster.persons', columns: v as string[] })}
    />
  ) : null;

  return (
    <Modal
      open
      width="92vw"
      style={{ top: 16 }}
      title={
        <Space>
          {t('print.preview')}
          {doc.data ? (
            <Typography.Text type="secondary">
              {doc.data.title} · {t('print.pages', { pages: doc.data.pages })}
            </Typography.Text>
          ) : null}
        </Space>
      }
      onCancel={onClose}
      footer={
        <Space>
          {isRoster ? (
            <Popover trigger="click" content={chooser} title={t('print.columns')}>
              <Button icon={<SettingOutlined />}>{t('print.columns')}</Button>
            </Popover>
          ) : null}
          <Button icon={<FilePdfOutlined />} loading={pdf.isPending} disabled={!doc.data} onClick={() => pdf.mutate()}>
            {t('print.savePdf')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            loading={print.isPending}
            disabled={!doc.data}
            onClick={() => print.mutate()}
          >
            {t('print.print')}
          </Button>
        </Space>
      }
    >
      {doc.isPending ? (
        <Spin />
      ) : doc.isError ? (
        <Typography.Text type="danger">{errorText(doc.error)}</Typography.Text>
      ) : (
        <iframe
          ref={frame}
          title={doc.data.title}
          sandbox="allow-same-origin allow-modals"
          srcDoc={doc.data.html}
          style={{ width: '100%', height: '75vh', border: '1px solid #ddd', background: '#e5e5e5' }}
        />
      )}
    </Modal>
  );
}
