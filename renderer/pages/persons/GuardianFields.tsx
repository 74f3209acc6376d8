import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS } from '#domain/person/enums';

/** 监护人: up to five, each on one row. */
export function GuardianFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="guardians">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={12} key={field.key} align="top">
              <Col span={5}>
                <Form.Item name={[field.name, 'name']} label={t('person.guardian.name')} required>
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'relation']} label={t('person.guardian.relation')} required>
                  <AutoComplete options={GUARDIAN_RELATIONS.map((r) => ({ value: r }))} filterOption />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'phone']} label={t('person.guardian.phone')}>
                  <Input maxLength={20} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[field.name, 'residentId']} label={t('person.guardian.residentId')}>
                  <Input maxLength={18} />
                </Form.Item>
              </Col>
              <Col span={2} style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('person.guardian.remove')}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          {fields.length < 5 ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('person.guardian.add')}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
