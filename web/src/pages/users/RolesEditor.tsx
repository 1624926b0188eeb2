/** Edits a list of role grants inside a Form: role, unit, and "responsible" for unit officers. */
import { Button, Checkbox, Col, Form, Row, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { UnitView } from '../../../../src/shared/schemas.ts'
import { ROLES } from '../../../../src/shared/enums.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { useAuth } from '../../auth/auth.tsx'

/** A Form.List named `roles`; the "responsible" box only applies to the unit_officer role. */
export function RolesEditor({ units }: { units: readonly UnitView[] }) {
  const { t } = useLocale()
  const { reach } = useAuth()
  const required = { required: true, message: t('errors.FIELD_REQUIRED') }
  return (
    <Form.List name="roles">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="roles-editor">
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('ui.users.noRoles')}</Typography.Paragraph>}
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top" wrap data-testid={`role-row-${field.name}`}>
              <Col xs={24} sm={7}>
                <Form.Item name={[field.name, 'role']} rules={[required]} style={{ marginBottom: 8 }}>
                  <Select placeholder={t('ui.users.role')} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={9}>
                <Form.Item name={[field.name, 'unitId']} rules={[required]} style={{ marginBottom: 8 }}>
                  <UnitTreeSelect units={units} reach={reach('user', 'manage')} placeholder={t('ui.users.unit')} />
                </Form.Item>
              </Col>
              <Col xs={18} sm={6}>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => (
                    <Form.Item name={[field.name, 'isResponsible']} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Checkbox disabled={getFieldValue(['roles', field.name, 'role']) !== 'unit_officer'}>{t('ui.users.responsible')}</Checkbox>
                    </Form.Item>
                  )}
                </Form.Item>
              </Col>
              <Col xs={6} sm={2}>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ isResponsible: false })} block>
            {t('ui.users.addRole')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  )
}

/** Form values → the API's grants: "responsible" is dropped for roles other than unit_officer. */
export function toGrants(roles: { role: string; unitId: string; isResponsible?: boolean }[] | undefined) {
  return (roles ?? []).map((r) => ({
    role: r.role as (typeof ROLES)[number],
    unitId: r.unitId,
    isResponsible: r.role === 'unit_officer' ? !!r.isResponsible : false,
  }))
}
