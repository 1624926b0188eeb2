/**
 * The show-if editor of one question (or section): "Luôn hiện" or "Chỉ hiện khi" a list of conditions on earlier
 * questions joined by and/or, written as the XLSForm expression; or the expression itself as text, checked by the
 * domain parser as it is typed. An expression the pickers cannot show (parentheses, mixed and/or) opens as text.
 */
import { useEffect, useMemo, useState } from 'react'
import { Alert, Button, Flex, Input, InputNumber, Radio, Select, Typography } from 'antd'
import { CloseOutlined, PlusOutlined } from '@ant-design/icons'
import type { Question } from '../../../../../src/domain/survey/model.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import { lookup } from '../../../i18n/messages.ts'
import { choicesOf } from '../../../components/survey/form-logic.ts'
import { parseShowIf, showIfExpression, type ShowIf, type ShowIfCondition, type ShowIfOp } from './show-if.ts'
import { relevantErrorPosition, type BuilderProblem } from './builder-state.ts'

type Props = {
  /** the questions before this one: the only ones a condition may use */
  earlier: Question[]
  value: string | undefined
  onChange: (expression: string | undefined) => void
  problem: BuilderProblem | null
  disabled?: boolean
  testId: string
}

/** The comparisons that make sense for a question type. */
function opsFor(q: Question | undefined): ShowIfOp[] {
  if (!q) return ['eq']
  if (q.type === 'multiple') return ['selected', 'notSelected']
  if (q.type === 'integer' || q.type === 'decimal' || q.type === 'rating') return ['eq', 'ne', 'gt', 'lt']
  return ['eq', 'ne']
}

/** The editor. */
export function ShowIfEditor({ earlier, value, onChange, problem, disabled, testId }: Props) {
  const { t, lang } = useLocale()
  const parsed = useMemo(() => parseShowIf(value), [value])
  const [raw, setRaw] = useState(parsed === null)
  const [draft, setDraft] = useState<ShowIf>(parsed ?? { join: 'and', conditions: [] })
  const [text, setText] = useState(value ?? '')

  // a value changed from outside (import, undo by reload) resets the editor
  useEffect(() => {
    const p = parseShowIf(value)
    if (showIfExpression(draft) !== (value ?? '')) {
      if (p) setDraft(p)
      else setRaw(true)
    }
    if (text !== (value ?? '')) setText(value ?? '')
  }, [value])

  const byName = new Map(earlier.map((q) => [q.name, q]))
  const on = raw ? !!text.trim() : draft.conditions.length > 0

  const emit = (next: ShowIf) => {
    setDraft(next)
    const expr = showIfExpression(next)
    setText(expr)
    onChange(expr || undefined)
  }
  const setCondition = (i: number, change: Partial<ShowIfCondition>) => {
    emit({ ...draft, conditions: draft.conditions.map((c, j) => (j === i ? { ...c, ...change } : c)) })
  }
  const addCondition = () => {
    const q = earlier[earlier.length - 1]
    emit({ ...draft, conditions: [...draft.conditions, { question: q?.name ?? '', op: opsFor(q)[0]!, value: '' }] })
  }

  const problemText = (() => {
    if (!problem) return null
    const message = lookup(lang, `errors.${problem.code}`) ?? problem.code
    const position = relevantErrorPosition(text)
    return position === null ? message : t('ui.surveys.showIf.invalid', { message, position: position + 1 })
  })()

  const valueControl = (c: ShowIfCondition, i: number) => {
    const q = byName.get(c.question)
    const options = q ? choicesOf(q) : []
    if (q && options.length && q.type !== 'rating') {
      return (
        <Select
          value={c.value || undefined}
          onChange={(v: string) => setCondition(i, { value: v })}
          options={options.map((o) => ({ value: o.value, label: o.label || o.value }))}
          placeholder={t('ui.surveys.showIf.value')}
          style={{ minWidth: 160, flex: '1 1 160px' }}
          aria-label={t('ui.surveys.showIf.value')}
          disabled={disabled}
          data-testid={`${testId}-value-${i}`}
        />
      )
    }
    if (q && (q.type === 'integer' || q.type === 'decimal' || q.type === 'rating')) {
      return (
        <InputNumber
          value={c.value === '' ? null : Number(c.value)}
          onChange={(v) => setCondition(i, { value: v === null ? '' : String(v) })}
          placeholder={t('ui.surveys.showIf.value')}
          style={{ width: 120 }}
          aria-label={t('ui.surveys.showIf.value')}
          disabled={disabled}
          data-testid={`${testId}-value-${i}`}
        />
      )
    }
    return (
      <Input
        value={c.value}
        onChange={(e) => setCondition(i, { value: e.target.value })}
        placeholder={t('ui.surveys.showIf.value')}
        style={{ minWidth: 140, flex: '1 1 140px' }}
        aria-label={t('ui.surveys.showIf.value')}
        disabled={disabled}
        data-testid={`${testId}-value-${i}`}
      />
    )
  }

  return (
    <div data-testid={testId}>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t('ui.surveys.showIf.title')}:</Typography.Text>
        <Radio.Group
          value={on ? 'when' : 'always'}
          disabled={disabled || (!on && earlier.length === 0)}
          onChange={(e) => {
            if (e.target.value === 'always') {
              setRaw(false)
              emit({ join: 'and', conditions: [] })
            } else addCondition()
          }}
          optionType="button"
          size="small"
          options={[
            { value: 'always', label: t('ui.surveys.showIf.always') },
            { value: 'when', label: t('ui.surveys.showIf.when') },
          ]}
          data-testid={`${testId}-mode`}
        />
        <Button
          type="link"
          size="small"
          disabled={disabled}
          onClick={() => {
            if (raw) {
              const p = parseShowIf(text)
              if (p) {
                setDraft(p)
                setRaw(false)
              }
            } else setRaw(true)
          }}
          data-testid={`${testId}-toggle-raw`}
        >
          {raw ? t('ui.surveys.showIf.useVisual') : t('ui.surveys.showIf.useRaw')}
        </Button>
      </Flex>
      {!on && !raw && earlier.length === 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.showIf.noEarlier')}</Typography.Text>}

      {raw ? (
        <>
          {parsed === null && text.trim() !== '' && !problem && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('ui.surveys.showIf.tooComplex')}</Typography.Text>}
          <Input
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              onChange(e.target.value.trim() ? e.target.value : undefined)
            }}
            placeholder="${q1} = 'co'"
            style={{ fontFamily: 'monospace' }}
            status={problem ? 'error' : undefined}
            aria-label={t('ui.surveys.showIf.raw')}
            disabled={disabled}
            data-testid={`${testId}-raw`}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.showIf.rawHint')}</Typography.Text>
        </>
      ) : on && (
        <div style={{ display: 'grid', gap: 8 }}>
          {draft.conditions.length > 1 && (
            <Select
              value={draft.join}
              onChange={(join: 'and' | 'or') => emit({ ...draft, join })}
              options={[{ value: 'and', label: t('ui.surveys.showIf.all') }, { value: 'or', label: t('ui.surveys.showIf.any') }]}
              style={{ maxWidth: 320 }}
              size="small"
              disabled={disabled}
              data-testid={`${testId}-join`}
            />
          )}
          {draft.conditions.map((c, i) => (
            <Flex key={i} gap={6} wrap align="center">
              <Select
                value={c.question || undefined}
                onChange={(name: string) => {
                  const q = byName.get(name)
                  const ops = opsFor(q)
                  setCondition(i, { question: name, op: ops.includes(c.op) ? c.op : ops[0]!, value: '' })
                }}
                options={earlier.map((q) => ({ value: q.name, label: `${q.name} — ${q.label || '…'}` }))}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('ui.surveys.showIf.question')}
                style={{ minWidth: 180, flex: '2 1 220px' }}
                aria-label={t('ui.surveys.showIf.question')}
                disabled={disabled}
                data-testid={`${testId}-question-${i}`}
              />
              <Select
                value={c.op}
                onChange={(op: ShowIfOp) => setCondition(i, { op })}
                options={opsFor(byName.get(c.question)).map((op) => ({ value: op, label: t(`ui.surveys.showIf.ops.${op}`) }))}
                style={{ width: 130 }}
                aria-label={t('ui.surveys.showIf.op')}
                disabled={disabled}
                data-testid={`${testId}-op-${i}`}
              />
              {valueControl(c, i)}
              <Button
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('ui.surveys.showIf.removeCondition')}
                title={t('ui.surveys.showIf.removeCondition')}
                onClick={() => emit({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
                disabled={disabled}
              />
            </Flex>
          ))}
          <div>
            <Button size="small" icon={<PlusOutlined />} onClick={addCondition} disabled={disabled || earlier.length === 0} data-testid={`${testId}-add`}>
              {t('ui.surveys.showIf.addCondition')}
            </Button>
          </div>
          {text && <Typography.Text type="secondary" code style={{ fontSize: 12 }} data-testid={`${testId}-expression`}>{text}</Typography.Text>}
        </div>
      )}
      {problemText && <Alert type="error" showIcon title={problemText} style={{ marginTop: 8 }} data-testid={`${testId}-problem`} />}
    </div>
  )
}
