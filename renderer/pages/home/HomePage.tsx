import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';

export function HomePage() {
  const { t } = useTranslation();
  const { orpc } = useApi();
  const stats = useQuery(orpc.institutions.stats.queryOptions());
  const status = useQuery(orpc.setup.status.queryOptions());
  const s = stats.data;
  return (
    <>
      <Typography.Title level={3}>{t('home.title')}</Typography.Title>
      {status.data?.districtName ? (
        <Typography.Paragraph type="secondary">
          {t('home.district', { name: status.data.districtName })}
        </Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col span={8}>
          <Card loading={stats.isPending}>
            <Statistic title={t('home.institutions')} value={s?.total} />
          </Card>
        </Col>
        <Col span={8}>
          <Card loading={stats.isPending}>
            <Statistic title={t('home.designated')} value={s?.designated} />
          </Card>
        </Col>
        <Col span={8}>
          <Card loading={stats.isPending}>
            <Statistic
              title={t('home.streetsCovered')}
              value={s ? t('home.streetsCoveredValue', { covered: s.streetsWithDayCare, total: s.streetsTotal }) : ''}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card loading={stats.isPending}>
            <Statistic title={t('home.beds')} value={s?.beds} />
          </Card>
        </Col>
        <Col span={8}>
          <Card loading={stats.isPending}>
            <Statistic title={t('home.dayPlaces')} value={s?.dayPlaces} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
