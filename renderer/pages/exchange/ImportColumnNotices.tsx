import { Alert, Flex, Radio, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '#domain/dates';
import type { ImportSession } from '#server/contract/imports';
import { ruleText } from '../../api/errors';
import { CalendarDatePicker, dateValue } from '../../components/CalendarDatePicker';

/** The clerk's answer to the care start question: one date for every placement, or none placed. */
export interface PlacementAnswer {
  choice: 'date' | 'skip' | null;
  /** YYYY-MM-DD, or the text typed when it is not a day (the server refuses it with the date message). */
  date: string | null;
}

interface Props {
  session: ImportSession;
  mapping: Record<string, number | null>;
  answer: PlacementAnswer;
  /** The server's message about the answer (none given, not a calendar day). */
  answerError: string | null;
  disabled: boolean;
  onAnswer(answer: PlacementAnswer): void;
}

/** The care start question applies while 托养方式 is mapped and 托养开始日期 is not. */
export const asksCareStart = (mapping: Record<string, number | null>) =>
  mapping.careMode != null && mapping.careStart == null;

/**
 * What the mapping step says once about the columns, for the mapping as it now stands: the
 * columns that will not be imported, companion columns the sheet lacks (guardian relation, care
 * start date) and, for the latter, the one question.
 */
export function ImportColumnNotices({ session, mapping, answer, answerError, disabled, onAnswer }: Props) {
  const { t } = useTranslation();
  const used = new Set(Object.values(mapping));
  const unmatched = session.columns.filter((c) => c.header !== '' && !used.has(c.index));
  const companions = session.mappingNotices.filter(
    (n) => n.missing !== null && n.needs !== null && mapping[n.needs] != null && mapping[n.missing] == null,
  );
  const relation = companions.find((n) => n.missing === 'guardianRelation');
  const careStart = asksCareStart(mapping)
    ? (companions.find((n) => n.missing === 'careStart') ??
      session.mappingNotices.find((n) => n.missing === 'careStart'))
    : undefined;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="import-column-notices">
      {unmatched.length > 0 ? (
        <Alert
          type="info"
          showIcon
          data-testid="import-unmatched"
          title={ruleText('import.mapping.unmatched', {
            columns: unmatched.map((c) => `${c.letter}“${c.header}”`).join('、'),
          })}
        />
      ) : null}
      {relation ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-relation-missing"
          title={ruleText(relation.code, relation.params, relation.message)}
        />
      ) : null}
      {asksCareStart(mapping) ? (
        <Alert
          type={answerError ? 'error' : 'warning'}
          showIcon
          data-testid="import-care-start"
          title={
            careStart
              ? ruleText(careStart.code, careStart.params, careStart.message)
              : ruleText('import.mapping.careStartMissing')
          }
          description={
            <Space orientation="vertical" size={4}>
              <Radio.Group
                disabled={disabled}
                value={answer.choice}
                onChange={(e) => onAnswer({ ...answer, choice: e.target.value as PlacementAnswer['choice'] })}
              >
                <Space orientation="vertical">
                  <Flex gap={8} align="center">
                    <Radio value="date">{t('imports.careStart.useDate')}</Radio>
                    <CalendarDatePicker
                      aria-label={t('imports.careStart.date')}
                      disabled={disabled}
                      value={
                        answer.date === null ? null : isValidIsoDate(answer.date) ? dayjs(answer.date) : answer.date
                      }
                      onChange={(v) => onAnswer({ choice: 'date', date: dateValue(v) ?? null })}
                    />
                  </Flex>
                  <Radio value="skip">{t('imports.careStart.skip')}</Radio>
                </Space>
              </Radio.Group>
              {answerError ? (
                <Typography.Text type="danger" data-testid="import-care-start-error">
                  {answerError}
                </Typography.Text>
              ) : null}
            </Space>
          }
        />
      ) : null}
    </Space>
  );
}
