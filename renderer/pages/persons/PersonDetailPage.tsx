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
import { categoryLabel, levelLabel } from '../../components/labels';
import { EnrolmentCard } from './EnrolmentCard';
import { MaskedId } from '../../components/MaskedId';
import { PhotoCard } from '../../components/PhotoCard';
import { SurveyCard } from './SurveyCard';
import { ServiceCardButton } from './ServiceCardButton';
import { PrintMenu } from '../../components/PrintMenu';
import { PackageOrigin } from '../exchange/PackageOrigin';

export function PersonDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { orpc, client } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const person = useQuery(orpc.persons.get.queryOptions({ input: { id } }));
  const history = useQuery(orpc.persons.history.queryOptions({ input: { id } }));
  const archive = useMutation(
    orpc.persons.archive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (e) => message.error(errorText(e)),
    }),
  );

  if (person.isPending) return <Spin />;
  if (person.isError)
    return (
      <Result
        status="warning"
        title={errorText(person.error)}
        extra={<Button onClick={() => navigate('/persons')}>{t('common.back')}</Button>}
      />
    );
  const p = person.data;
  const none = t('common.none');
  const place = (street: string | null, community: string | null) =>
    street ? `${street}${community ? ` / ${community}` : ''}` : none;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {p.name}
            </Typography.Title>
            {p.archived ? (
              <Tag>{t('common.archived')}</Tag>
            ) : (
              <Tag color={p.status === 'active' ? 'blue' : 'default'}>{t(`person.status.${p.status}`)}</Tag>
            )}
          </Space>
        }
        extra={
          <Space>
            <Button onClick={() => navigate('/persons')}>{t('common.back')}</Button>
            <ServiceCardButton personId={p.id} />
            <PrintMenu
              items={[{ label: t('printMenu.personForm'), request: { key: 'form.person', params: { id: p.id } } }]}
            />
            <Button type="primary" onClick={() => navigate(`/persons/${p.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <ArchiveButton
              name={p.name}
              archived={p.archived}
              onChange={(archived) => archive.mutate({ id: p.id, archived })}
            />
          </Space>
        }
      >
        <Row gutter={16}>
          <Col flex="auto">
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label={t('person.fields.residentId')}>
                <MaskedId
                  masked={p.residentIdMasked}
                  testId={`id-${p.id}`}
                  reveal={() => client.persons.reveal({ id: p.id }).then((r) => r.residentId)}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.sex')}>{t(`person.sex.${p.sex}`)}</Descriptions.Item>
              <Descriptions.Item label={t('person.fields.birthDate')}>
                {p.birthDate}（{t('person.age', { age: ageOn(p.birthDate, dayjs().format('YYYY-MM-DD')) })}）
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.certNumber')}>
                <MaskedId
                  masked={p.certNumberMasked}
                  reveal={() => client.persons.reveal({ id: p.id }).then((r) => r.certNumber)}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.category')}>
                {categoryLabel(p.category)} {levelLabel(p.level)}
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.certIssueDate')}>{p.certIssueDate ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('person.fields.residenceStreetId')}>
                {place(p.residenceStreetName, p.residenceCommunityName)}
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.hukouStreetId')}>
                {place(p.hukouStreetName, p.hukouCommunityName)}
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.address')}>{p.address ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('person.fields.phone')}>{p.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('person.fields.economicStatus')}>
                {t(`person.economicStatus.${p.economicStatus}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.guardians')}>
                {p.guardians.length
                  ? p.guardians.map((g) => (
                      <div key={`${g.name}-${g.relation}`}>
                        {g.name}（{g.relation}）{g.phone ?? ''}
                      </div>
                    ))
                  : none}
              </Descriptions.Item>
              <Descriptions.Item label={t('packages.origin.label')} span={2}>
                <PackageOrigin entity="person" id={p.id} />
              </Descriptions.Item>
              <Descriptions.Item label={t('person.fields.remarks')} span={2}>
                {p.remarks ?? none}
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col flex="180px">
            <PhotoCard kind="persons" id={p.id} />
          </Col>
        </Row>
      </Card>
      <EnrolmentCard personId={p.id} canEnrol={!p.archived && p.status === 'active'} />
      <SurveyCard personId={p.id} />
      <Card title={t('institution.history')}>
        <HistoryTable entries={history.data} loading={history.isPending} />
      </Card>
    </Space>
  );
}
