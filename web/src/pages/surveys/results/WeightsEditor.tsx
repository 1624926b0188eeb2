/**
 * Gia quyền — the population margins the weights are raked to: for one or more single-choice questions, each
 * option's share of the population in percent; the shares of a question must add up to 100 % before anything is
 * sent (sent as proportions). Shows the last computation (n, effective n, weight range, convergence) and removes
 * the weights after confirmation.
 */
import { useEffect, useMemo, useState } from 'react'
import { Alert, App, Button, Card, Empty, Flex, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd'
import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { allQuestions, choicesOf } from '../../../../../src/domain/survey/model.ts'
import type { SurveyView, WeightsView } from '../../../../../src/shared/survey.schema.ts'
import { surveysApi } from '../../../api/surveys.ts'
import { useAuth } from '../../../auth/auth.tsx'
import { useLocale } from '../../../i18n/locale.tsx'
import { useLoad } from '../../../lib/use-load.ts'
import { fmtNum } from './result-charts.ts'

type Shares = Record<string, Record<string, number | null>>

/** Sum of a question's shares in percent, rounded to 0.01. */
export function shareSum(shares: Record<string, number | null>): number {
  return Math.round(Object.values(shares).reduce<number>((a, v) => a + (v ?? 0), 0) * 100) / 100
}

/** The editor. */
export function WeightsEditor({ survey, onChanged }: { survey: SurveyView; onChanged: () => void }) {
  const { t, errorText } = useLocale()
  const { can } = useAuth()
  const { message } = App.useApp()
  const current = useLoad((s) => surveysApi.weights(survey.id, s), [survey.id])
  const [shares, setShares] = useState<Shares>({})
  const [busy, setBusy] = useState(false)
  const editable = can('survey', 'update')
  const candidates = useMemo(
    () => allQuestions(survey.questionnaire).map((x) => x.question).filter((q) => q.type === 'single' || q.type === 'likert5'),
    [survey.questionnaire],
  )
  const byName = new Map(candidates.map((q) => [q.name, q]))

  useEffect(() => {
    const margins = current.data?.margins
    if (!margins) return
    setShares(Object.fromEntries(Object.entries(margins).map(([q, m]) => [q, Object.fromEntries(Object.entries(m).map(([c, v]) => [c, Math.round(v * 10000) / 100]))])))
  }, [current.data])

  const problems = Object.entries(shares).filter(([, m]) => Math.abs(shareSum(m) - 100) > 0.01).map(([name, m]) => t('ui.surveys.weights.mustBe100', { name, sum: fmtNum(shareSum(m)) }))

  const add = (name: string) => {
    const q = byName.get(name)
    if (!q) return
    setShares({ ...shares, [name]: Object.fromEntries(choicesOf(q).map((c) => [c.value, null])) })
  }
  const apply = async () => {
    setBusy(true)
    try {
      const margins = Object.fromEntries(Object.entries(shares).map(([q, m]) => [q, Object.fromEntries(Object.entries(m).map(([c, v]) => [c, (v ?? 0) / 100]))]))
      await surveysApi.setWeights(survey.id, { margins })
      message.success(t('ui.surveys.weights.applied'))
      current.reload()
      onChanged()
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const clear = async () => {
    try {
      await surveysApi.clearWeights(survey.id)
      setShares({})
      message.success(t('ui.surveys.weights.cleared'))
      current.reload()
      onChanged()
    } catch (err) {
      message.error(errorText(err))
    }
  }

  const w: WeightsView | null | undefined = current.data
  return (
    <Card size="small" title={t('ui.surveys.weights.title')} data-testid="weights-editor">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.weights.hint')}</Typography.Paragraph>
      {w ? (
        <Alert
          type={w.converged ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="weights-summary"
          title={t('ui.surveys.weights.summary', { n: w.n, nEff: fmtNum(w.nEff, 1), min: fmtNum(w.minWeight), max: fmtNum(w.maxWeight), iterations: w.iterations })}
          description={w.converged ? undefined : t('ui.surveys.weights.notConverged')}
        />
      ) : current.data === null && <Typography.Paragraph>{t('ui.surveys.weights.none')}</Typography.Paragraph>}
      {candidates.length === 0 ? <Empty description={t('ui.surveys.weights.noChoiceQuestions')} /> : (
        <>
          {Object.entries(shares).map(([name, m]) => {
            const q = byName.get(name)
            const sum = shareSum(m)
            return (
              <div key={name} style={{ marginBottom: 12 }} data-testid={`weights-q-${name}`}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong>{q ? `${q.name} — ${q.label}` : name}</Typography.Text>
                  <Space>
                    <Typography.Text type={Math.abs(sum - 100) > 0.01 ? 'danger' : 'success'} data-testid={`weights-sum-${name}`}>{t('ui.surveys.weights.sum', { sum: fmtNum(sum) })}</Typography.Text>
                    {editable && <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('ui.surveys.weights.remove')} title={t('ui.surveys.weights.remove')}
                      onClick={() => setShares(Object.fromEntries(Object.entries(shares).filter(([k]) => k !== name)))} />}
                  </Space>
                </Flex>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="value"
                  dataSource={q ? choicesOf(q) : Object.keys(m).map((v) => ({ value: v, label: v }))}
                  columns={[
                    { title: t('ui.surveys.results.option'), dataIndex: 'label' },
                    {
                      title: t('ui.surveys.weights.share'), key: 'share', width: 180,
                      render: (_, c) => (
                        <InputNumber
                          min={0}
                          max={100}
                          step={0.1}
                          value={m[c.value] ?? null}
                          onChange={(v) => setShares({ ...shares, [name]: { ...m, [c.value]: v } })}
                          disabled={!editable}
                          aria-label={`${name} ${c.label}`}
                          addonAfter="%"
                          data-testid={`weights-share-${name}-${c.value}`}
                        />
                      ),
                    },
                  ]}
                />
              </div>
            )
          })}
          {editable && (
            <Flex gap={8} wrap>
              <Select
                value={null}
                placeholder={<><PlusOutlined /> {t('ui.surveys.weights.addQuestion')}</>}
                options={candidates.filter((q) => !(q.name in shares)).map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))}
                onChange={add}
                style={{ minWidth: 260 }}
                data-testid="weights-add"
              />
              <Button type="primary" icon={<CalculatorOutlined />} loading={busy} disabled={!Object.keys(shares).length || problems.length > 0} onClick={apply} data-testid="weights-apply">
                {t('ui.surveys.weights.apply')}
              </Button>
              {w && (
                <Popconfirm title={t('ui.surveys.weights.clearConfirm')} okText={t('ui.surveys.weights.clear')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={clear}>
                  <Button danger>{t('ui.surveys.weights.clear')}</Button>
                </Popconfirm>
              )}
            </Flex>
          )}
          {problems.length > 0 && (
            <Alert type="error" showIcon style={{ marginTop: 12 }} data-testid="weights-problems" title={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
          )}
        </>
      )}
    </Card>
  )
}
