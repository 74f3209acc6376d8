import { PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_MODES } from '#domain/institution/enums';
import type { DocumentRequest, PrintJob } from '#server/contract';
import { useApi } from '../../api/context';
import { PrintPreview } from '../../components/PrintPreview';
import { useStreets } from '../../components/use-divisions';
import { useUrlQuery } from '../../components/use-url-query';
import { CardsCard } from './CardsCard';

/** 打印: the rosters with their print range, and the print history. */
export function PrintingPage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const { streets } = useStreets();
  const [preview, setPreview] = useState<DocumentRequest | null>(null);
  const [streetId, setStreetId] = useState<number | undefined>();
  const [mode, setMode] = useState<(typeof CARE_MODES)[number] | undefined>();
  const { query, update } = useUrlQuery(({ num }) => ({ page: num('page') ?? 1, pageSize: 20 }));
  const history = useQuery({
    ...orpc.documents.history.queryOptions({ input: query }),
    placeholderData: keepPreviousData,
  });

  const rosters: { label: string; request: DocumentRequest }[] = [
    { label: t('print.rosterInstitutions'), request: { key: 'roster.institutions', params: { streetId, mode } } },
    {
      label: t('print.rosterPersons'),
      request: { key: 'roster.persons', params: { streetId, mode, enrolled: 'yes' } },
    },
    { label: t('print.rosterStaff'), request: { key: 'roster.staff', params: {} } },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('print.rosters')}
          </Typography.Title>
        }
      >
        <Space style={{ marginBottom: 16 }} wrap>
          <Typography.Text>{t('print.filters')}</Typography.Text>
          <Select
            allowClear
            placeholder={t('institution.fields.streetId')}
            style={{ width: 160 }}
            value={streetId}
            onChange={setStreetId}
            options={streets.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Select
            allowClear
            placeholder={t('enrolment.fields.mode')}
            style={{ width: 160 }}
            value={mode}
            onChange={setMode}
            options={CARE_MODES.map((m) => ({ value: m, label: t(`institution.modes.${m}`) }))}
          />
        </Space>
        <Row gutter={16}>
          {rosters.map((r) => (
            <Col span={8} key={r.request.key}>
              <Card
                size="small"
                title={r.label}
                extra={
                  <Button type="primary" icon={<PrinterOutlined />} onClick={() => setPreview(r.request)}>
                    {t('print.open')}
                  </Button>
                }
              />
            </Col>
          ))}
        </Row>
      </Card>
      <CardsCard />
      <Card title={t('print.history')}>
        <Table<PrintJob>
          rowKey="id"
          size="small"
          loading={history.isFetching}
          dataSource={history.data?.data}
          onChange={(p) => update({ page: p.current }, false)}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: history.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('print.historyFields.at'),
              dataIndex: 'at',
              width: 170,
              render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
            },
            { title: t('print.historyFields.actor'), dataIndex: 'actor', width: 110 },
            { title: t('print.historyFields.title'), dataIndex: 'title' },
            { title: t('print.historyFields.version'), dataIndex: 'templateVersion', width: 90 },
            {
              title: t('print.historyFields.records'),
              dataIndex: 'recordIds',
              width: 80,
              render: (ids: number[]) => ids.length,
            },
            { title: t('print.historyFields.pages'), dataIndex: 'pages', width: 70 },
            { title: t('print.historyFields.copies'), dataIndex: 'copies', width: 70 },
            {
              title: t('print.historyFields.output'),
              dataIndex: 'output',
              width: 80,
              render: (o: PrintJob['output']) => t(`print.output.${o}`),
            },
          ]}
        />
      </Card>
      {preview ? <PrintPreview request={preview} onClose={() => setPreview(null)} /> : null}
    </Space>
  );
}
