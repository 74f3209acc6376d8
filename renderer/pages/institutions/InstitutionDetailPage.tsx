import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/context';
import { ArchiveButton } from '../../components/ArchiveButton';
import { errorText } from '../../api/errors';
import { AssessmentCard } from './AssessmentCard';
import { InstitutionStaffCard } from './InstitutionStaffCard';
import { RecipientsCard } from './RecipientsCard';
import { PrintMenu } from '../../components/PrintMenu';
import { HistoryTable } from '../../components/HistoryTable';
import { PackageOrigin } from '../exchange/PackageOrigin';

export function InstitutionDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { orpc } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const inst = useQuery(orpc.institutions.get.queryOptions({ input: { id } }));
  const history = useQuery(orpc.institutions.history.queryOptions({ input: { id } }));
  const archive = useMutation(
    orpc.institutions.archive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );

  if (inst.isPending) return <Spin />;
  if (inst.isError)
    return (
      <Result
        status="warning"
        title={t('institution.notFound')}
        extra={<Button onClick={() => navigate('/institutions')}>{t('common.back')}</Button>}
      />
    );
  const i = inst.data;
  const none = t('common.none');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {i.name}
            </Typography.Title>
            {i.archived ? (
              <Tag>{t('common.archived')}</Tag>
            ) : (
              <Tag color={i.status === 'operating' ? 'green' : 'orange'}>{t(`institution.status.${i.status}`)}</Tag>
            )}
          </Space>
        }
        extra={
          <Space>
            <Button onClick={() => navigate('/institutions')}>{t('common.back')}</Button>
            <PrintMenu
              items={[
                { label: t('printMenu.institutionForm'), request: { key: 'form.institution', params: { id: i.id } } },
                {
                  label: t('printMenu.certificate'),
                  request: { key: 'designation.certificate', params: { id: i.id } },
                  disabled: !i.designationNo,
                },
                {
                  label: t('printMenu.sign'),
                  request: { key: 'designation.sign', params: { id: i.id } },
                  disabled: !i.designationNo,
                },
              ]}
            />
            <Button type="primary" onClick={() => navigate(`/institutions/${i.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <ArchiveButton
              name={i.name}
              archived={i.archived}
              onChange={(archived) => archive.mutate({ id: i.id, archived })}
            />
          </Space>
        }
      >
        <Descriptions bordered size="small" column={2}>
          <Descriptions.Item label={t('institution.fields.creditCode')}>{i.creditCode ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.registrationNo')}>
            {i.registrationNo ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.registeringDept')}>
            {i.registeringDept ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.ownership')}>
            {t(`institution.ownership.${i.ownership}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.streetId')}>
            {i.streetName}
            {i.communityName ? ` / ${i.communityName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.address')}>{i.address}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.personInCharge')}>{i.personInCharge}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.phone')}>{i.phone}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.modes')}>
            {i.modes.map((m) => (
              <Tag key={m}>{t(`institution.modes.${m}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.floorArea')}>{i.floorArea ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.beds')}>{i.beds}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.dayPlaces')}>{i.dayPlaces}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.services')} span={2}>
            {i.services.map((s) => t(`institution.services.${s}`)).join('、') || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.serviceContent')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{i.serviceContent ?? none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.designationNo')}>{i.designationNo ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.designationDate')}>
            {i.designationDate ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('packages.origin.label')} span={2}>
            <PackageOrigin entity="institution" id={i.id} />
          </Descriptions.Item>
          <Descriptions.Item label={t('institution.fields.remarks')} span={2}>
            {i.remarks ?? none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <RecipientsCard institutionId={i.id} />
      <InstitutionStaffCard institutionId={i.id} />
      <AssessmentCard institutionId={i.id} />
      <Card title={t('institution.history')}>
        <HistoryTable entries={history.data} loading={history.isPending} />
      </Card>
    </Space>
  );
}
