/**
 * One question of the respondent form: its label, hint and answer control, and the problem with its answer.
 * Big touch targets on a phone; in the dense (paper entry) layout the options are numbered and typing a digit
 * while the question has the focus chooses (or, for multiple choice, toggles) that option.
 */
import type { KeyboardEvent, ReactNode } from 'react'
import { Checkbox, Input, InputNumber, Radio, Space, Typography } from 'antd'
import type { AnswerValue, Question } from '../../../../src/domain/survey/model.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { choicesOf, type AnswerProblem } from './form-logic.ts'

type Props = {
  question: Question
  /** the number shown before the label ("Câu 3") */
  number: number
  value: AnswerValue | undefined
  onChange: (value: AnswerValue | undefined) => void
  problem?: AnswerProblem | null
  dense?: boolean
}

/** The message of a problem in the current language. */
export function useProblemText() {
  const { t } = useLocale()
  return (p: AnswerProblem): string => {
    switch (p.code) {
      case 'min': return t('ui.surveys.form.min', { min: p.min })
      case 'max': return t('ui.surveys.form.max', { max: p.max })
      case 'matrixIncomplete': return t('ui.surveys.form.matrixIncomplete', { missing: p.missing })
      default: return t(`ui.surveys.form.${p.code}`)
    }
  }
}

/** Digit n (1–9, 0 for 10) typed on a question picks its n-th option. */
function digitIndex(e: KeyboardEvent): number | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  if (!/^[0-9]$/.test(e.key)) return null
  return e.key === '0' ? 9 : Number(e.key) - 1
}

/** The question block. */
export function QuestionInput({ question: q, number, value, onChange, problem, dense = false }: Props) {
  const { t } = useLocale()
  const problemText = useProblemText()
  const id = `sq-${q.name}`
  const choices = choicesOf(q)
  const optionLabel = (i: number, label: string) => (dense ? `${i + 1}. ${label}` : label)
  const optionStyle = dense ? undefined : { padding: '8px 0', width: '100%' }

  // paper entry: a digit chooses an option (text and number fields take digits as typed)
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!dense) return
    if (!['single', 'likert5', 'rating', 'multiple'].includes(q.type)) return
    const target = e.target as HTMLElement
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type))) return
    const i = digitIndex(e)
    if (i === null) return
    const choice = choices[i]
    if (!choice) return
    e.preventDefault()
    if (q.type === 'multiple') {
      const cur = Array.isArray(value) ? value : []
      onChange(cur.includes(choice.value) ? cur.filter((v) => v !== choice.value) : [...cur, choice.value])
    } else onChange(q.type === 'rating' ? Number(choice.value) : choice.value)
  }

  let control: ReactNode = null
  switch (q.type) {
    case 'single':
    case 'likert5':
      control = (
        <Radio.Group value={value} onChange={(e) => onChange(e.target.value as string)} aria-labelledby={`${id}-label`} style={{ width: '100%' }}>
          <Space orientation={dense ? 'horizontal' : 'vertical'} wrap size={dense ? [16, 4] : 0} style={{ width: '100%' }}>
            {choices.map((c, i) => (
              <Radio key={c.value} value={c.value} style={optionStyle} data-testid={`${id}-opt-${c.value}`}>{optionLabel(i, c.label)}</Radio>
            ))}
          </Space>
        </Radio.Group>
      )
      break
    case 'rating':
      control = (
        <Radio.Group
          value={typeof value === 'number' ? String(value) : value}
          onChange={(e) => onChange(Number(e.target.value))}
          optionType="button"
          buttonStyle="solid"
          className="chip-radio"
          aria-labelledby={`${id}-label`}
          options={choices.map((c) => ({ value: c.value, label: c.label }))}
          data-testid={`${id}-rating`}
        />
      )
      break
    case 'multiple':
      control = (
        <Checkbox.Group value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v as string[])} aria-labelledby={`${id}-label`} style={{ width: '100%' }}>
          <Space orientation={dense ? 'horizontal' : 'vertical'} wrap size={dense ? [16, 4] : 0} style={{ width: '100%' }}>
            {choices.map((c, i) => (
              <Checkbox key={c.value} value={c.value} style={optionStyle} data-testid={`${id}-opt-${c.value}`}>{optionLabel(i, c.label)}</Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      )
      break
    case 'integer':
    case 'decimal':
      control = (
        <InputNumber
          id={id}
          value={typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : null}
          onChange={(v) => onChange(v === null || v === undefined ? undefined : Number(v))}
          inputMode={q.type === 'integer' ? 'numeric' : 'decimal'}
          precision={q.type === 'integer' ? 0 : undefined}
          decimalSeparator={q.type === 'decimal' ? ',' : undefined}
          placeholder={t('ui.surveys.form.numberPlaceholder')}
          size={dense ? 'middle' : 'large'}
          style={{ width: dense ? 160 : '100%', maxWidth: 240 }}
          aria-labelledby={`${id}-label`}
          data-testid={`${id}-input`}
        />
      )
      break
    case 'text':
      control = (
        <Input
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          maxLength={2000}
          size={dense ? 'middle' : 'large'}
          placeholder={t('ui.surveys.form.textPlaceholder')}
          aria-labelledby={`${id}-label`}
          autoComplete="off"
          data-testid={`${id}-input`}
        />
      )
      break
    case 'long_text':
      control = (
        <Input.TextArea
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          maxLength={20000}
          autoSize={{ minRows: dense ? 2 : 3, maxRows: 10 }}
          placeholder={t('ui.surveys.form.textPlaceholder')}
          aria-labelledby={`${id}-label`}
          data-testid={`${id}-input`}
        />
      )
      break
    case 'matrix': {
      const cur = value && typeof value === 'object' && !Array.isArray(value) ? value : {}
      control = (
        <div style={{ display: 'grid', gap: dense ? 4 : 12 }}>
          {(q.rows ?? []).map((row) => (
            <div key={row.value} role="group" aria-label={row.label}>
              <Typography.Text style={{ display: 'block', marginBottom: 4 }}>{row.label}</Typography.Text>
              <Radio.Group
                value={cur[row.value]}
                onChange={(e) => onChange({ ...cur, [row.value]: e.target.value as string })}
                optionType="button"
                className="chip-radio"
                size={dense ? 'small' : 'middle'}
                options={choices.map((c) => ({ value: c.value, label: c.label }))}
                data-testid={`${id}-row-${row.value}`}
              />
            </div>
          ))}
        </div>
      )
      break
    }
    case 'note':
      break
  }

  if (q.type === 'note') {
    return (
      <div data-testid={id} style={{ marginBottom: dense ? 8 : 20 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, fontStyle: 'italic' }}>{q.label}</Typography.Paragraph>
        {q.hint && <Typography.Text type="secondary">{q.hint}</Typography.Text>}
      </div>
    )
  }

  return (
    <div
      data-testid={id}
      data-question={q.name}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-invalid={problem ? true : undefined}
      onKeyDown={onKeyDown}
      style={{
        marginBottom: dense ? 10 : 24,
        padding: dense ? '6px 8px' : 0,
        borderInlineStart: problem ? '3px solid #ff4d4f' : dense ? '3px solid transparent' : undefined,
        paddingInlineStart: problem || dense ? 10 : 0,
      }}
    >
      <Typography.Text strong id={`${id}-label`} style={{ display: 'block', fontSize: dense ? 14 : 16, marginBottom: 4, whiteSpace: 'pre-wrap' }}>
        {`${number}. ${q.label}`}
        {q.required && <span style={{ color: '#ff4d4f' }} aria-label={t('ui.surveys.form.requiredMark')}> *</span>}
      </Typography.Text>
      {q.hint && <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>{q.hint}</Typography.Text>}
      {q.type === 'multiple' && !dense && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>{t('ui.surveys.form.chooseMany')}</Typography.Text>}
      {control}
      {problem && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 4 }} data-testid={`${id}-problem`}>
          {problemText(problem)}
        </Typography.Text>
      )}
    </div>
  )
}
