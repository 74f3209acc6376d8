import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ageOn } from '#domain/dates';
import { useApi } from '../../api/context';
import { ArchiveButton } from '../../components/ArchiveButton';
import { errorText } from '../../api/errors';
import { HistoryTable } from '../../components/HistoryTable';
import { MaskedId } from '../../components/MaskedId';
import { PhotoCard } from '../../components/PhotoCard';
import { PermitCard } from './PermitCard';
import { PermitTag } from './PermitTag';
import { QualificationCard } from './QualificationCard';
import { TrainingCard } from './TrainingCard';
import { PrintMenu } from '../../components/PrintMenu';
import { PackageOrigin } from '../exchange/PackageOrigin';

export function StaffDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { orpc, client } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const s = useQuery(orpc.staff.get.queryOptions({ input: { id } }));
  const history = useQuery(orpc.staff.history.queryOptions({ input: { id } }));
  const archive = useMutation(
    orpc.staff.archive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );
  if (s.isPending) return <Spin />;
  if (s.isError)
    return (
      <Result
        status="warning"
        title={errorText(s.error)}
        extra={<Button onClick={() => navigate('/staff')}>{t('common.back')}</Button>}
      />
    );
  const x = s.data;
  const none = t('common.none');
  const working = !x.archived && (!x.leaveDate || x.leaveDate > dayjs().format('YYYY-MM-DD'));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {x.name}
            </Typography.Title>
            {x.archived ? <Tag>{t('common.archived')}</Tag> : null}
            <PermitTag permit={x.permit} showNumber={false} />
          </Space>
        }
        extra={
          <Space>
            <Button onClick={() => navigate('/staff')}>{t('common.back')}</Button>
            <PrintMenu
              items={(['permit.card', 'permit.a5'] as const).map((key) => ({
                label: t(key === 'permit.card' ? 'printMenu.permitCard' : 'printMenu.permitA5'),
                request: { key, params: { staffId: x.id } },
                disabled: !x.permit || !['valid', 'expiring'].includes(x.permit.standing),
              }))}
            />
            <Button type="primary" onClick={() => navigate(`/staff/${x.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <ArchiveButton
              name={x.name}
              archived={x.archived}
              onChange={(archived) => archive.mutate({ id: x.id, archived })}
            />
          </Space>
        }
      >
        <Row gutter={16}>
          <Col flex="auto">
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label={t('staff.fields.residentId')}>
                <MaskedId
                  masked={x.residentIdMasked}
                  reveal={() => client.staff.reveal({ id: x.id }).then((r) => r.residentId)}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.sex')}>
                {t(`person.sex.${x.sex}`)}（{t('person.age', { age: ageOn(x.birthDate, dayjs().format('YYYY-MM-DD')) })}
                ）
              </Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.employerInstitutionId')}>
                {x.employerName ?? t('staff.officePost')}
              </Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.post')}>{t(`staff.post.${x.post}`)}</Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.phone')}>{x.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.hireDate')}>{x.hireDate ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.leaveDate')}>{x.leaveDate ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.permit')}>
                <PermitTag permit={x.permit} />
              </Descriptions.Item>
              <Descriptions.Item label={t('packages.origin.label')} span={2}>
                <PackageOrigin entity="staff" id={x.id} />
              </Descriptions.Item>
              <Descriptions.Item label={t('staff.fields.remarks')} span={2}>
                {x.remarks ?? none}
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col flex="180px">
            <PhotoCard kind="staff" id={x.id} />
          </Col>
        </Row>
      </Card>
      <PermitCard staffId={x.id} canIssue={working} />
      <TrainingCard staffId={x.id} />
      <QualificationCard staffId={x.id} />
      <Card title={t('institution.history')}>
        <HistoryTable entries={history.data} loading={history.isPending} />
      </Card>
    </Space>
  );
}
