/**
 * The respondent form — one renderer for the public page, the interviewer's entry, paper entry and the builder's
 * phone preview. Show-if logic applies as the answers change (answers of questions that become hidden are dropped).
 *
 * - `paged`: one section per screen with a progress bar, Back / Next; Next checks the screen's questions, the last
 *   screen's button sends (public page, interviewer, preview).
 * - `dense`: every section on one screen, numbered options chosen with digit keys, Ctrl+Enter sends (paper entry).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Alert, Button, Divider, Empty, Flex, Progress, Typography } from 'antd'
import { ArrowLeftOutlined, ArrowRightOutlined, SendOutlined } from '@ant-design/icons'
import type { AnswerValue, Answers, Questionnaire } from '../../../../src/domain/survey/model.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { domainShowIf, formProblems, progressOf, pruneHidden, visibleSections, type AnswerProblem } from './form-logic.ts'
import { QuestionInput } from './QuestionInput.tsx'

type Props = {
  form: Questionnaire
  answers: Answers
  onChange: (answers: Answers) => void
  /** called with the answers as they stand when every shown question is fine */
  onSubmit: () => void
  layout: 'paged' | 'dense'
  submitting?: boolean
  submitLabel?: string
  /** shown above the send button on the last screen (the invitation code field) */
  beforeSubmit?: ReactNode
  /** checked with the form's own problems before sending; false stops the send */
  canSubmit?: () => boolean
  disabled?: boolean
  /** a new value starts the paged form again at its first screen (a new respondent) */
  resetKey?: string | number
}

/** The form. */
export function SurveyForm({ form, answers, onChange, onSubmit, layout, submitting, submitLabel, beforeSubmit, canSubmit, disabled, resetKey }: Props) {
  const { t } = useLocale()
  const [page, setPage] = useState(0)
  const [shownProblems, setShownProblems] = useState<Record<string, AnswerProblem>>({})
  const [failed, setFailed] = useState(false)
  const top = useRef<HTMLDivElement>(null)

  useEffect(() => {
    setPage(0)
    setShownProblems({})
    setFailed(false)
  }, [resetKey])

  const sections = useMemo(() => visibleSections(form, answers, domainShowIf), [form, answers])
  const progress = useMemo(() => progressOf(form, answers, domainShowIf), [form, answers])
  const pages = layout === 'paged' ? sections.map((s) => [s]) : [sections]
  const current = Math.min(page, Math.max(0, pages.length - 1))
  const last = current >= pages.length - 1

  // question numbers follow the whole form, so "Câu 7" is the same on paper and on screen
  const numbers = useMemo(() => {
    const m = new Map<string, number>()
    let n = 0
    for (const s of form.sections) for (const q of s.questions) if (q.type !== 'note') m.set(q.name, ++n)
    return m
  }, [form])

  const setAnswer = (name: string, value: AnswerValue | undefined) => {
    const next = { ...answers }
    if (value === undefined) delete next[name]
    else next[name] = value
    const pruned = pruneHidden(form, next, domainShowIf)
    onChange(pruned)
    // a problem the respondent just fixed disappears at once; new ones wait for Next / Send
    if (shownProblems[name]) {
      const rest = { ...shownProblems }
      delete rest[name]
      const still = formProblems(form, pruned, domainShowIf, sections.filter((s) => s.questions.some((q) => q.name === name)))[name]
      if (still) rest[name] = still
      setShownProblems(rest)
    }
  }

  const focusFirst = (problems: Record<string, AnswerProblem>) => {
    const first = Object.keys(problems)[0]
    if (!first) return
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-question="${first}"]`)
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' })
      el?.querySelector<HTMLElement>('input, textarea, .ant-radio-wrapper, .ant-checkbox-wrapper')?.focus()
    })
  }

  const check = (scope: typeof sections): boolean => {
    const problems = formProblems(form, answers, domainShowIf, scope)
    setShownProblems(problems)
    const ok = Object.keys(problems).length === 0
    setFailed(!ok)
    if (!ok) focusFirst(problems)
    return ok
  }

  const next = () => {
    if (!check(pages[current] ?? [])) return
    setPage(current + 1)
    setFailed(false)
    requestAnimationFrame(() => top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }))
  }

  const submit = () => {
    if (disabled || submitting) return
    if (!check(sections)) return
    if (canSubmit && !canSubmit()) return
    onSubmit()
  }

  // paper entry: Ctrl+Enter sends from anywhere in the form
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (layout === 'dense' && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      submit()
    }
  }

  if (!form.sections.some((s) => s.questions.length)) {
    return <Empty description={t('ui.surveys.form.emptyForm')} />
  }

  const sendButton = (
    <Button
      type="primary"
      size={layout === 'dense' ? 'middle' : 'large'}
      block={layout === 'paged'}
      icon={<SendOutlined />}
      loading={submitting}
      disabled={disabled}
      onClick={submit}
      data-testid="survey-submit"
    >
      {submitLabel ?? t('ui.surveys.form.submit')}
    </Button>
  )

  return (
    <div ref={top} onKeyDown={onKeyDown} data-testid="survey-form" data-page={current}>
      {layout === 'paged' && (
        <div style={{ marginBottom: 16 }} aria-live="polite">
          <Flex justify="space-between" style={{ fontSize: 12 }}>
            <Typography.Text type="secondary" data-testid="survey-progress">{t('ui.surveys.form.progress', progress)}</Typography.Text>
            {pages.length > 1 && <Typography.Text type="secondary">{t('ui.surveys.form.page', { n: current + 1, total: pages.length })}</Typography.Text>}
          </Flex>
          <Progress percent={progress.total ? Math.round((100 * progress.answered) / progress.total) : 0} showInfo={false} size="small" />
        </div>
      )}
      {(pages[current] ?? []).map(({ section, questions }, i) => (
        <section key={section.name} aria-label={section.title || undefined}>
          {section.title && (
            layout === 'dense'
              ? <Divider titlePlacement="start" style={{ marginTop: i ? 8 : 0 }}>{section.title}</Divider>
              : <Typography.Title level={4} style={{ marginTop: 0 }}>{section.title}</Typography.Title>
          )}
          {questions.map((q) => (
            <QuestionInput
              key={q.name}
              question={q}
              number={numbers.get(q.name) ?? 0}
              value={answers[q.name]}
              onChange={(v) => setAnswer(q.name, v)}
              problem={shownProblems[q.name] ?? null}
              dense={layout === 'dense'}
            />
          ))}
        </section>
      ))}
      {failed && <Alert type="error" showIcon title={t('ui.surveys.form.fixErrors')} style={{ marginBottom: 12 }} data-testid="survey-form-errors" />}
      {last && beforeSubmit}
      {layout === 'paged' ? (
        <Flex gap={8} style={{ marginTop: 8 }}>
          {current > 0 && (
            <Button size="large" icon={<ArrowLeftOutlined />} onClick={() => { setPage(current - 1); setFailed(false) }} data-testid="survey-back">
              {t('ui.surveys.form.back')}
            </Button>
          )}
          <div style={{ flex: 1 }}>
            {last ? sendButton : (
              <Button type="primary" size="large" block onClick={next} data-testid="survey-next">
                {t('ui.surveys.form.next')} <ArrowRightOutlined />
              </Button>
            )}
          </div>
        </Flex>
      ) : sendButton}
    </div>
  )
}
