/**
 * Cài đặt phụ cấp: the mức lương cơ sở levels with their effective day, and the monthly condition for the allowance.
 * System-wide: only an account that edits collaborators at the top unit (the admin) changes them; the server decides.
 */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, InputNumber, Row, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import type { AllowanceConditionInput, BaseSalaryInput } from '../../../../src/shared/collaborator.schema.ts'
import { collaboratorsApi } from '../../api/collaborators.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { MoneyInput } from '../../components/MoneyInput.tsx'
import { formatDong } from './format.ts'

/** The tab. */
export function SettingsTab() {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const levels = useLoad(() => collaboratorsApi.baseSalaries(), [])
  const condition = useLoad(() => collaboratorsApi.allowanceCondition(), [])
  const [salaryForm] = Form.useForm<BaseSalaryInput>()
  const [conditionForm] = Form.useForm<AllowanceConditionInput>()
  const [busy, setBusy] = useState<'salary' | 'condition' | null>(null)

  useEffect(() => {
    if (condition.data) conditionForm.setFieldsValue(condition.data)
  }, [condition.data, conditionForm])

  const addLevel = async (v: BaseSalaryInput) => {
    setBusy('salary')
    try {
      await collaboratorsApi.addBaseSalary(v)
      message.success(t('ui.collaborators.salarySaved'))
      salaryForm.resetFields()
      levels.reload()
    } catch (err) {
      if (!applyFieldErrors(salaryForm, err, lang, ['amount', 'effectiveFrom'])) message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }
  const saveCondition = async (v: AllowanceConditionInput) => {
    setBusy('condition')
    try {
      await collaboratorsApi.setAllowanceCondition({ minRecords: v.minRecords, requireOnTime: !!v.requireOnTime })
      message.success(t('ui.collaborators.conditionSaved'))
      condition.reload()
    } catch (err) {
      if (!applyFieldErrors(conditionForm, err, lang, ['minRecords', 'requireOnTime'])) message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ui.collaborators.settingsHint')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('ui.collaborators.baseSalary')}>
            {levels.error != null ? <LoadError error={levels.error} onRetry={levels.reload} /> : (
              <Table
                size="small"
                rowKey="id"
                loading={levels.loading}
                dataSource={levels.data?.items ?? []}
                pagination={false}
                locale={{ emptyText: t('ui.collaborators.noBaseSalary') }}
                columns={[
                  { key: 'from', title: t('ui.collaborators.effectiveFrom'), render: (_, l) => formatDate(l.effectiveFrom) },
                  { key: 'amount', title: t('ui.collaborators.amount'), align: 'right', render: (_, l) => formatDong(l.amount) },
                  { key: 'current', title: '', render: (_, l) => (l.id === levels.data?.current?.id ? <Typography.Text type="success">{t('ui.collaborators.inForce')}</Typography.Text> : null) },
                ]}
              />
            )}
            <Form form={salaryForm} layout="inline" onFinish={addLevel} style={{ marginTop: 12, rowGap: 8 }}>
              <Form.Item name="amount" rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
                <MoneyInput min={1} step={10000} placeholder={t('ui.collaborators.amount')} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="effectiveFrom" rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}
                getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
                normalize={(v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined)}>
                <DatePicker format="DD/MM/YYYY" placeholder={t('ui.collaborators.effectiveFrom')} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy === 'salary'}>{t('ui.collaborators.addLevel')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('ui.collaborators.condition')}>
            {condition.error != null ? <LoadError error={condition.error} onRetry={condition.reload} /> : (
              <Form form={conditionForm} layout="vertical" onFinish={saveCondition}>
                <Form.Item name="minRecords" label={t('ui.collaborators.minRecords')} extra={t('ui.collaborators.minRecordsHint')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
                  <InputNumber min={0} max={1000} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name="requireOnTime" valuePropName="checked">
                  <Checkbox>{t('ui.collaborators.requireOnTime')}</Checkbox>
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy === 'condition'}>{t('ui.common.save')}</Button>
              </Form>
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
