import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REGISTERS, registerOfEntity, type RegisterEntity } from '#domain/registers';
import type { AuditEntry } from '#server/contract';

const SUMMARISED = new Set([
  'enrol',
  'survey',
  'assessment.create',
  'qualification',
  'training',
  'permit.issue',
  'import',
  'package.insert',
]);
const HIDDEN = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'streetId',
  'communityId',
  'id',
  'institutionId',
  'personId',
  'residenceStreetId',
  'residenceCommunityId',
  'hukouStreetId',
  'hukouCommunityId',
  'staffId',
  'sessionId',
  'trainingRecordId',
  'cardId',
]);

/** Enum-valued fields per entity, shown through their labels rather than stored values. */
const VALUE_LABELS: Record<RegisterEntity, Record<string, string>> = {
  institution: {
    ownership: 'institution.ownership',
    status: 'institution.status',
    modes: 'institution.modes',
    services: 'institution.services',
    grade: 'institution.grades',
  },
  staff: {
    post: 'staff.post',
    sex: 'person.sex',
    status: 'permit.standing',
    result: 'training.result',
    type: 'qualification.type',
  },
  volunteer: { backgrounds: 'volunteer.background' },
  person: {
    status: 'person.status',
    economicStatus: 'person.economicStatus',
    sex: 'person.sex',
    mode: 'institution.modes',
    exitReason: 'enrolment.exitReason',
    wantedMode: 'survey.wantedMode',
  },
};

/** The register entity an audit row belongs to; undefined for rows of other things (divisions, settings). */
const entityOf = (entity: string): RegisterEntity | undefined => {
  const key = registerOfEntity(entity);
  return key && REGISTERS[key].entity;
};

function useShow() {
  const { t, i18n } = useTranslation();
  const one = (entity: string, field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return typeof o.name === 'string'
        ? `${o.name}${typeof o.relation === 'string' ? `（${o.relation}）` : ''}`
        : JSON.stringify(v);
    }
    const register = entityOf(entity);
    const ns = register && VALUE_LABELS[register][field];
    const key = ns ? `${ns}.${String(v)}` : '';
    return ns && i18n.exists(key) ? t(key) : String(v);
  };
  return (entity: string, field: string, v: unknown): string =>
    Array.isArray(v) ? (v.length ? v.map((x) => one(entity, field, x)).join('、') : '—') : one(entity, field, v);
}

/** Where the field labels of each register live in the locale files. */
const LABELS: Record<RegisterEntity, string[]> = {
  institution: ['institution.fields', 'institution.assessmentFields'],
  person: ['person.fields', 'enrolment.fields', 'survey.fields', 'card.fields'],
  staff: ['staff.fields', 'permit.fields', 'training.fields', 'qualification.fields'],
  volunteer: ['volunteer.fields'],
};

/** What changed in one audit entry, field by field, in the clerk's language. */
function useChanges() {
  const { t, i18n } = useTranslation();
  // Each entity's own labels first: 状态 means something else for a permit than for an institution.
  const namespaceOf = (entity: string, k: string) => {
    const register = entityOf(entity);
    return (register ? LABELS[register] : Object.values(LABELS).flat()).find((n) => i18n.exists(`${n}.${k}`));
  };
  const label = (entity: string, k: string) => {
    const ns = namespaceOf(entity, k);
    return ns ? t(`${ns}.${k}`) : k;
  };
  const show = useShow();
  return (e: AuditEntry): string[] => {
    // Events that add a record (an enrolment, a survey) are summed up by what they added.
    if (!e.before && e.after && SUMMARISED.has(e.action)) {
      const after = e.after;
      return Object.keys(after)
        .filter((k) => !HIDDEN.has(k) && after[k] !== null && namespaceOf(e.entity, k) !== undefined)
        .map((k) => `${label(e.entity, k)}：${show(e.entity, k, after[k])}`);
    }
    if (!e.before || !e.after) return [];
    const before = e.before;
    const after = e.after;
    const text = (k: string, v: unknown) => show(e.entity, k, v);
    return Object.keys(after)
      .filter((k) => !HIDDEN.has(k) && text(k, before[k]) !== text(k, after[k]))
      .map((k) => `${label(e.entity, k)}：${text(k, before[k])} → ${text(k, after[k])}`);
  };
}

/** An entity's audit trail: who did what, when, and which fields changed. */
export function HistoryTable({ entries, loading }: { entries: AuditEntry[] | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const changes = useChanges();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('institution.historyEmpty') }}
      columns={[
        {
          title: t('audit.at'),
          dataIndex: 'at',
          width: 170,
          render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
        },
        { title: t('audit.actor'), dataIndex: 'actor', width: 120 },
        {
          title: t('audit.action'),
          dataIndex: 'action',
          width: 140,
          render: (v: string) => (i18n.exists(`audit.actions.${v}`) ? t(`audit.actions.${v}`) : v),
        },
        {
          title: t('institution.changedFields'),
          key: 'changes',
          render: (_: unknown, e) =>
            changes(e).map((line) => (
              <Typography.Text key={line} style={{ display: 'block' }}>
                {line}
              </Typography.Text>
            )),
        },
      ]}
    />
  );
}
