/**
 * Bảng hỏi: the questionnaire builder of one survey. Sections with their questions (add by type, edit, reorder with
 * the up/down buttons, duplicate, delete), show-if per question and per section, checks before saving, and beside it
 * the phone preview applying the show-ifs live. Read-only once the survey has answers (the results would be skewed).
 */
import { useEffect, useMemo, useState } from 'react'
import { Alert, App, Button, Card, Col, Drawer, Empty, Flex, Grid, Input, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DownloadOutlined, MobileOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { QUESTION_TYPES, type Questionnaire, type QuestionType } from '../../../../../src/domain/survey/model.ts'
import type { SurveyView } from '../../../../../src/shared/survey.schema.ts'
import { surveysApi } from '../../../api/surveys.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import type { MessageKey } from '../../../i18n/messages.ts'
import { PhonePreview } from './PhonePreview.tsx'
import { QuestionCard, useBuilderProblemText } from './QuestionCard.tsx'
import { ShowIfEditor } from './ShowIfEditor.tsx'
import {
  addQuestion, addSection, blankQuestion, builderProblems, cleanForSave, duplicateQuestion, moveQuestion, moveSection, questionsBefore,
  removeQuestion, removeSection, updateQuestion, updateSection, usedBy,
} from './builder-state.ts'

type Props = { survey: SurveyView; onSaved: (s: SurveyView) => void }

/** The builder. */
export function Builder({ survey, onSaved }: Props) {
  const { t, errorText } = useLocale()
  const { message } = App.useApp()
  const screens = Grid.useBreakpoint()
  const wide = screens.xl ?? true
  // a new questionnaire starts with the survey's title on the form
  const initial = survey.questionnaire.title || survey.questionnaire.sections.length ? survey.questionnaire : { ...survey.questionnaire, title: survey.title }
  const [form, setForm] = useState<Questionnaire>(initial)
  const [saved, setSaved] = useState<Questionnaire>(survey.questionnaire)
  const [open, setOpen] = useState<Set<string>>(new Set())
  const [saving, setSaving] = useState(false)
  const [previewOpen, setPreviewOpen] = useState(false)
  const locked = survey.responses > 0
  const dirty = JSON.stringify(form) !== JSON.stringify(saved)
  const problems = useMemo(() => builderProblems(form), [form])
  const previewForm = useMemo(() => cleanForSave(form), [form])
  const problemText = useBuilderProblemText()
  const titleProblem = problems.find((p) => p.where === '')

  useEffect(() => {
    if (!dirty) {
      setForm(survey.questionnaire)
      setSaved(survey.questionnaire)
    }
    // only when the survey itself changed on the server; local edits are kept until saved
  }, [survey.id, survey.updatedAt])

  // leaving the page with unsaved changes asks first
  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const toggle = (name: string) => setOpen((s) => {
    const next = new Set(s)
    if (next.has(name)) next.delete(name)
    else next.add(name)
    return next
  })

  const add = (si: number, type: QuestionType) => {
    const q = blankQuestion(form, type)
    setForm(addQuestion(form, si, q))
    setOpen((s) => new Set(s).add(q.name))
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-testid="builder-q-${q.name}-label"]`)?.focus())
  }

  const save = async () => {
    setSaving(true)
    try {
      const clean = cleanForSave(form)
      const view = await surveysApi.update(survey.id, { questionnaire: clean })
      setForm(view.questionnaire)
      setSaved(view.questionnaire)
      onSaved(view)
      message.success(t('ui.surveys.builder.saved'))
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setSaving(false)
    }
  }

  const numbers = new Map<string, number>()
  let n = 0
  for (const s of form.sections) for (const q of s.questions) if (q.type !== 'note') numbers.set(q.name, ++n)

  const typeOptions = QUESTION_TYPES.map((type) => ({ value: type, label: t(`ui.surveys.types.${type}` as MessageKey) }))

  const editor = (
    <div data-testid="builder">
      {locked && <Alert type="info" showIcon title={t('ui.surveys.builder.locked')} style={{ marginBottom: 12 }} data-testid="builder-locked" />}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center">
          <Input
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
            placeholder={t('ui.surveys.builder.formTitle')}
            aria-label={t('ui.surveys.builder.formTitle')}
            maxLength={500}
            disabled={locked}
            style={{ flex: '1 1 260px' }}
            status={titleProblem ? 'error' : undefined}
            data-testid="builder-title"
          />
          <Space wrap>
            {dirty && <Tag color="warning" data-testid="builder-dirty">{t('ui.surveys.builder.unsaved')}</Tag>}
            {!wide && <Button icon={<MobileOutlined />} onClick={() => setPreviewOpen(true)} data-testid="builder-preview-open">{t('ui.surveys.builder.preview')}</Button>}
            <Button icon={<DownloadOutlined />} href={surveysApi.formUrl(survey.id)} disabled={dirty}>{t('ui.surveys.builder.export')}</Button>
            <Button type="primary" icon={<SaveOutlined />} onClick={save} loading={saving} disabled={locked || !dirty || problems.length > 0} data-testid="builder-save">
              {t('ui.surveys.builder.save')}
            </Button>
          </Space>
        </Flex>
        {problems.length > 0 && dirty && (
          <Typography.Text type="danger" style={{ display: 'block', marginTop: 8 }} data-testid="builder-problems">
            {t('ui.surveys.builder.problems', { count: problems.length })}
            {titleProblem && ` ${problemText(titleProblem)}`}
          </Typography.Text>
        )}
      </Card>

      {form.sections.length === 0 && <Empty description={t('ui.surveys.builder.empty')} style={{ margin: '24px 0' }} />}

      {form.sections.map((section, si) => (
        <Card
          key={section.name}
          size="small"
          style={{ marginBottom: 12, background: '#fafcff' }}
          data-testid={`builder-section-${si}`}
          title={(
            <Input
              value={section.title}
              onChange={(e) => setForm(updateSection(form, si, (s) => ({ ...s, title: e.target.value })))}
              placeholder={`${t('ui.surveys.builder.section', { n: si + 1 })} — ${t('ui.surveys.builder.sectionTitle')}`}
              aria-label={t('ui.surveys.builder.sectionTitle')}
              variant="borderless"
              style={{ fontWeight: 600, paddingInline: 0 }}
              maxLength={500}
              disabled={locked}
              data-testid={`builder-section-${si}-title`}
            />
          )}
          extra={(
            <Space size={0}>
              <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={locked || si === 0} onClick={() => setForm(moveSection(form, si, -1))} aria-label={t('ui.surveys.builder.moveUp')} />
              <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={locked || si === form.sections.length - 1} onClick={() => setForm(moveSection(form, si, 1))} aria-label={t('ui.surveys.builder.moveDown')} />
              <Popconfirm
                title={t('ui.surveys.builder.deleteSectionConfirm', { count: section.questions.length })}
                okText={t('ui.common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('ui.common.cancel')}
                onConfirm={() => setForm(removeSection(form, si))}
                disabled={locked}
              >
                <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={locked} aria-label={t('ui.surveys.builder.deleteSection')} title={t('ui.surveys.builder.deleteSection')} />
              </Popconfirm>
            </Space>
          )}
        >
          {si > 0 && (
            <div style={{ marginBottom: 8 }}>
              <ShowIfEditor
                earlier={questionsBefore(form, si, 0)}
                value={section.relevant}
                onChange={(relevant) => setForm(updateSection(form, si, (s) => ({ ...s, relevant })))}
                problem={problems.find((p) => p.where === section.name && p.field === 'relevant') ?? null}
                disabled={locked}
                testId={`builder-section-${si}-showif`}
              />
            </div>
          )}
          {section.questions.length === 0 && <Typography.Paragraph type="secondary">{t('ui.surveys.builder.emptySection')}</Typography.Paragraph>}
          {section.questions.map((q, qi) => (
            <QuestionCard
              key={`${si}-${qi}`}
              question={q}
              number={numbers.get(q.name) ?? null}
              earlier={questionsBefore(form, si, qi)}
              problems={problems.filter((p) => p.where === q.name)}
              open={open.has(q.name)}
              onToggle={() => toggle(q.name)}
              onChange={(next) => {
                if (next.name !== q.name && open.has(q.name)) setOpen((s) => { const o = new Set(s); o.delete(q.name); o.add(next.name); return o })
                setForm(updateQuestion(form, si, qi, () => next))
              }}
              onMove={(by) => setForm(moveQuestion(form, si, qi, by))}
              onDuplicate={() => setForm(duplicateQuestion(form, si, qi))}
              onDelete={() => setForm(removeQuestion(form, si, qi))}
              canMoveUp={si > 0 || qi > 0}
              canMoveDown={si < form.sections.length - 1 || qi < section.questions.length - 1}
              dependents={usedBy(form, q.name)}
              disabled={locked}
            />
          ))}
          <Select
            value={null}
            placeholder={<><PlusOutlined /> {t('ui.surveys.builder.addQuestion')}</>}
            options={typeOptions}
            onChange={(type: QuestionType) => add(si, type)}
            style={{ width: 260, maxWidth: '100%' }}
            disabled={locked}
            aria-label={t('ui.surveys.builder.addQuestion')}
            data-testid={`builder-section-${si}-add`}
          />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => setForm(addSection(form))} disabled={locked} data-testid="builder-add-section">
        {t('ui.surveys.builder.addSection')}
      </Button>
    </div>
  )

  if (!wide) {
    return (
      <>
        {editor}
        <Drawer open={previewOpen} onClose={() => setPreviewOpen(false)} size={420} title={t('ui.surveys.builder.preview')}>
          <PhonePreview form={previewForm} />
        </Drawer>
      </>
    )
  }
  return (
    <Row gutter={16}>
      <Col flex="1 1 0" style={{ minWidth: 0 }}>{editor}</Col>
      <Col flex="400px">
        <div style={{ position: 'sticky', top: 80 }}>
          <PhonePreview form={previewForm} />
        </div>
      </Col>
    </Row>
  )
}
