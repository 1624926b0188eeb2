/**
 * The general fields of a survey, shared by the create dialog and the settings tab: title, purpose, organising unit,
 * kind, wave and series, dates, who may answer through the link, interim results and the planned sample with the
 * sample-size helper (the domain's n = 1.96²·p(1−p)/e² with the finite-population correction).
 */
import { useState } from 'react'
import { Button, Checkbox, Collapse, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd'
import dayjs from 'dayjs'
import { SURVEY_KINDS } from '../../../../src/shared/survey.schema.ts'
import type { UnitView } from '../../../../src/shared/schemas.ts'
import { sampleSize } from '../../../../src/domain/survey/stats.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'

const SERIES_RE = /^[a-z0-9][a-z0-9._-]*$/

/** A date field stored as YYYY-MM-DD. */
const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : null),
}

/** The sample-size helper: margin, expected share and population in, n out, "Dùng" puts it in the planned sample. */
function SampleHelper({ onUse }: { onUse: (n: number) => void }) {
  const { t } = useLocale()
  const [moe, setMoe] = useState<number | null>(5)
  const [p, setP] = useState<number | null>(50)
  const [population, setPopulation] = useState<number | null>(null)
  let n: number | null = null
  try {
    if (moe) n = sampleSize({ marginOfError: moe / 100, p: (p ?? 50) / 100, population: population ?? undefined })
  } catch {
    n = null
  }
  return (
    <div data-testid="sample-helper">
      <Flex gap={8} wrap align="end">
        <label>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{t('ui.surveys.sample.moe')}</Typography.Text>
          <InputNumber min={0.5} max={30} step={0.5} value={moe} onChange={setMoe} style={{ width: 120 }} />
        </label>
        <label>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{t('ui.surveys.sample.p')}</Typography.Text>
          <InputNumber min={1} max={99} value={p} onChange={setP} style={{ width: 120 }} />
        </label>
        <label>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{t('ui.surveys.sample.population')}</Typography.Text>
          <InputNumber min={1} precision={0} value={population} onChange={setPopulation} style={{ width: 160 }} />
        </label>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>{t('ui.surveys.sample.pHint')}</Typography.Paragraph>
      {n !== null && (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="sample-result">{t('ui.surveys.sample.result', { n: n.toLocaleString('vi-VN') })}</Typography.Text>
          <Button size="small" onClick={() => onUse(n!)}>{t('ui.surveys.sample.use')}</Button>
        </Flex>
      )}
    </div>
  )
}

/** The fields (inside an antd Form). */
export function SurveyInfoFields({ units, reach }: { units: readonly UnitView[]; reach?: readonly string[] }) {
  const { t } = useLocale()
  const form = Form.useFormInstance()
  const kind = Form.useWatch('kind', form) as string | undefined
  return (
    <>
      <Form.Item name="title" label={t('ui.surveys.create.titleLabel')} rules={[{ required: true, whitespace: true, message: t('ui.surveys.create.titleRequired') }, { max: 300 }]}>
        <Input maxLength={300} data-testid="survey-title" />
      </Form.Item>
      <Form.Item name="description" label={t('ui.surveys.create.descriptionLabel')} rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} data-testid="survey-description" />
      </Form.Item>
      <Form.Item name="unitId" label={t('ui.surveys.create.unit')} rules={[{ required: true, message: t('ui.surveys.create.unitRequired') }]}>
        <UnitTreeSelect units={units} reach={reach} data-testid="survey-unit" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('ui.surveys.create.kind')} style={{ flex: '1 1 160px' }}>
          <Radio.Group optionType="button" options={SURVEY_KINDS.map((k) => ({ value: k, label: t(`ui.surveys.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="waveLabel" label={t('ui.surveys.create.waveLabel')} style={{ flex: '1 1 200px' }} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('ui.surveys.create.waveLabelHint')} data-testid="survey-wave" />
        </Form.Item>
      </Flex>
      {kind === 'periodic' && (
        <Form.Item
          name="seriesKey"
          label={t('ui.surveys.create.seriesKey')}
          extra={t('ui.surveys.create.seriesKeyHint')}
          rules={[{ pattern: SERIES_RE, message: t('ui.surveys.create.seriesKeyInvalid') }, { max: 64 }]}
          normalize={(v: string) => v?.trim().toLowerCase() || null}
        >
          <Input maxLength={64} style={{ fontFamily: 'monospace' }} data-testid="survey-series" />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item name="opensOn" label={t('ui.surveys.create.opensOn')} {...dateProps} style={{ flex: '1 1 160px' }}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="survey-opens" />
        </Form.Item>
        <Form.Item
          name="closesOn"
          label={t('ui.surveys.create.closesOn')}
          {...dateProps}
          style={{ flex: '1 1 160px' }}
          dependencies={['opensOn']}
          rules={[({ getFieldValue }) => ({
            validator: (_, v: string | null) => {
              const from = getFieldValue('opensOn') as string | null
              return !v || !from || v >= from ? Promise.resolve() : Promise.reject(new Error(t('errors.SURVEY_DATES_ORDER' as never)))
            },
          })]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="survey-closes" />
        </Form.Item>
      </Flex>
      <Form.Item name="access" label={t('ui.surveys.create.access')}>
        <Radio.Group options={(['link', 'invite'] as const).map((a) => ({ value: a, label: t(`ui.surveys.access.${a}`) }))} data-testid="survey-access" />
      </Form.Item>
      <Form.Item name="resultsVisibleWhileOpen" valuePropName="checked">
        <Checkbox>{t('ui.surveys.create.resultsVisibleWhileOpen')}</Checkbox>
      </Form.Item>
      <Form.Item name="plannedSample" label={t('ui.surveys.create.plannedSample')}>
        <InputNumber min={1} max={1_000_000} precision={0} style={{ width: 160 }} data-testid="survey-planned" />
      </Form.Item>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ key: 'sample', label: t('ui.surveys.sample.title'), children: <SampleHelper onUse={(n) => form.setFieldValue('plannedSample', n)} /> }]}
      />
    </>
  )
}

/** Select of the survey statuses / kinds, for filters. */
export function EnumSelect<T extends string>({ values, label, value, onChange, allLabel, testId }: {
  values: readonly T[]; label: (v: T) => string; value: T | undefined; onChange: (v: T | undefined) => void; allLabel: string; testId: string
}) {
  return (
    <Select<T>
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      placeholder={allLabel}
      options={values.map((v) => ({ value: v, label: label(v) }))}
      style={{ minWidth: 160 }}
      data-testid={testId}
    />
  )
}
