/**
 * Thiết lập — the survey's general fields (as when it was created) and its quotas: which question gives each quota
 * dimension (area, sex, age group, social group), the cells with their targets, and whether a full cell still
 * accepts answers. Saved with one PATCH; the server's field errors land on their fields.
 */
import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, InputNumber, Radio, Row, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { allQuestions, choicesOf } from '../../../../src/domain/survey/model.ts'
import { QUOTA_DIMENSIONS, type Quotas, type QuotaDimension, type SurveyView, type UpdateSurveyInput } from '../../../../src/shared/survey.schema.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { useLoad } from '../../lib/use-load.ts'
import { INFO_FIELDS } from './SurveyDialogs.tsx'
import { SurveyInfoFields } from './SurveyInfoFields.tsx'

type Cell = Quotas['cells'][number]

/** The quota editor (controlled). */
function QuotasEditor({ survey, value, onChange }: { survey: SurveyView; value: Quotas; onChange: (q: Quotas) => void }) {
  const { t } = useLocale()
  const questions = useMemo(() => allQuestions(survey.questionnaire).map((x) => x.question), [survey.questionnaire])
  const choiceQuestions = questions.filter((q) => q.type === 'single' || q.type === 'likert5')
  const mapped = QUOTA_DIMENSIONS.filter((d) => value.fields[d])
  const valuesOf = (d: QuotaDimension) => {
    const q = questions.find((x) => x.name === value.fields[d])
    return q ? choicesOf(q) : []
  }
  const setCell = (i: number, change: Partial<Cell>) => onChange({ ...value, cells: value.cells.map((c, j) => (j === i ? { ...c, ...change } : c)) })
  const cellKey = (criteria: Cell['criteria']) => QUOTA_DIMENSIONS.filter((d) => criteria[d]).map((d) => `${d}=${criteria[d]}`).join('&') || 'all'
  const addCell = () => onChange({ ...value, cells: [...value.cells, { key: `cell${value.cells.length + 1}`, criteria: {}, target: 10 }] })
  /** one cell per option of a dimension's question */
  const fillDimension = (d: QuotaDimension) => {
    const existing = new Set(value.cells.map((c) => c.key))
    const cells = valuesOf(d).map((c) => ({ key: cellKey({ [d]: c.value }), criteria: { [d]: c.value }, target: 10 })).filter((c) => !existing.has(c.key))
    onChange({ ...value, cells: [...value.cells, ...cells] })
  }

  return (
    <Card size="small" title={t('ui.surveys.settings.quotas')} data-testid="quotas-editor">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.settings.quotasHint')}</Typography.Paragraph>
      <Row gutter={[12, 8]}>
        {QUOTA_DIMENSIONS.map((d) => (
          <Col key={d} xs={24} md={12}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.settings.field', { dimension: t(`ui.surveys.dimensions.${d}`) })}</Typography.Text>
            <Flex gap={6}>
              <Select
                allowClear
                value={value.fields[d]}
                onChange={(name?: string) => onChange({ ...value, fields: { ...value.fields, [d]: name || undefined } })}
                options={choiceQuestions.map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))}
                placeholder={t('ui.surveys.settings.noField')}
                style={{ flex: 1, minWidth: 0 }}
                data-testid={`quota-field-${d}`}
              />
              {value.fields[d] && <Button icon={<PlusOutlined />} onClick={() => fillDimension(d)} title={t('ui.surveys.settings.target')} aria-label={t('ui.surveys.settings.target')} />}
            </Flex>
          </Col>
        ))}
      </Row>
      {value.cells.map((c, i) => (
        <Flex key={i} gap={6} wrap align="center" style={{ marginTop: 8 }} data-testid={`quota-cell-${i}`}>
          {mapped.map((d) => (
            <Select
              key={d}
              allowClear
              value={c.criteria[d]}
              onChange={(v?: string) => {
                const criteria = { ...c.criteria, [d]: v || undefined }
                setCell(i, { criteria, key: cellKey(criteria) })
              }}
              options={valuesOf(d).map((o) => ({ value: o.value, label: o.label }))}
              placeholder={t(`ui.surveys.dimensions.${d}`)}
              style={{ minWidth: 140 }}
            />
          ))}
          <InputNumber min={0} precision={0} value={c.target} onChange={(v) => setCell(i, { target: v ?? 0 })} addonBefore={t('ui.surveys.settings.target')} style={{ width: 170 }} />
          <Checkbox checked={c.closeWhenFull ?? value.whenFull === 'refuse'} onChange={(e) => setCell(i, { closeWhenFull: e.target.checked })}>{t('ui.surveys.settings.whenFullRefuse')}</Checkbox>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => onChange({ ...value, cells: value.cells.filter((_, j) => j !== i) })} aria-label={t('ui.common.delete')} />
        </Flex>
      ))}
      <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={addCell} disabled={mapped.length === 0}>{t('ui.surveys.settings.target')}</Button>
        <Typography.Text>{t('ui.surveys.settings.whenFull')}:</Typography.Text>
        <Radio.Group
          value={value.whenFull}
          onChange={(e) => onChange({ ...value, whenFull: e.target.value as Quotas['whenFull'] })}
          options={[{ value: 'accept', label: t('ui.surveys.settings.whenFullAccept') }, { value: 'refuse', label: t('ui.surveys.settings.whenFullRefuse') }]}
        />
      </Flex>
    </Card>
  )
}

/** The settings tab. */
export function SettingsTab({ survey, onSaved }: { survey: SurveyView; onSaved: (s: SurveyView) => void }) {
  const { t, lang, errorText } = useLocale()
  const { reach } = useAuth()
  const { message } = App.useApp()
  const [form] = Form.useForm<UpdateSurveyInput>()
  const [quotas, setQuotas] = useState<Quotas>(survey.quotas)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const units = useLoad(() => unitsApi.list(false), [])

  const save = async (values: UpdateSurveyInput) => {
    setBusy(true)
    setError(null)
    try {
      const saved = await surveysApi.update(survey.id, { ...values, quotas })
      message.success(t('ui.surveys.settings.saved'))
      onSaved(saved)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, INFO_FIELDS)) setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small">
          {survey.responses > 0 && <Alert type="info" showIcon title={t('ui.surveys.settings.locked')} style={{ marginBottom: 12 }} />}
          <Form<UpdateSurveyInput>
            form={form}
            layout="vertical"
            requiredMark="optional"
            onFinish={save}
            initialValues={{
              title: survey.title, description: survey.description, unitId: survey.unit.id, kind: survey.kind, waveLabel: survey.waveLabel, seriesKey: survey.seriesKey,
              opensOn: survey.opensOn, closesOn: survey.closesOn, access: survey.access, resultsVisibleWhileOpen: survey.resultsVisibleWhileOpen, plannedSample: survey.plannedSample,
            }}
          >
            <SurveyInfoFields units={units.data?.items ?? [{ ...survey.unit, path: '', active: true } as never]} reach={reach('survey', 'update')} />
            {error != null && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="settings-save">{t('ui.surveys.settings.save')}</Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <QuotasEditor survey={survey} value={quotas} onChange={setQuotas} />
      </Col>
    </Row>
  )
}
