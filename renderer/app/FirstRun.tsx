import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context';
import { errorText } from '../api/errors';

/** Shown once, on a new register file: demo data or an empty start. */
export function FirstRun({ dataFile }: { dataFile: string }) {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries();
  const demo = useMutation(orpc.setup.loadDemo.mutationOptions({ onSuccess }));
  const empty = useMutation(orpc.setup.startEmpty.mutationOptions({ onSuccess }));
  const error = demo.error ?? empty.error;
  const busy = demo.isPending || empty.isPending;

  return (
    <div style={{ maxWidth: 820, margin: '80px auto', padding: 24 }}>
      <Typography.Title level={2}>{t('firstRun.title')}</Typography.Title>
      <Typography.Paragraph>{t('firstRun.intro')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={24}>
        <Col span={12}>
          <Card hoverable={!busy} onClick={() => !busy && demo.mutate({})} loading={demo.isPending}>
            <Card.Meta
              avatar={<DatabaseOutlined style={{ fontSize: 32, color: '#c2410c' }} />}
              title={t('firstRun.demo')}
              description={t('firstRun.demoHint')}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card hoverable={!busy} onClick={() => !busy && empty.mutate({})} loading={empty.isPending}>
            <Card.Meta
              avatar={<FileAddOutlined style={{ fontSize: 32 }} />}
              title={t('firstRun.empty')}
              description={t('firstRun.emptyHint')}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 24 }}>
        {t('firstRun.dataFile', { file: dataFile })}
      </Typography.Paragraph>
    </div>
  );
}
