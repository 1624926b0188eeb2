/** A list of options (or matrix rows): code and label per line, add, remove, move; Enter in the last label adds a line. */
import { Button, Flex, Input } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons'
import type { Choice } from '../../../../../src/domain/survey/model.ts'
import { useLocale } from '../../../i18n/locale.tsx'

type Props = {
  value: Choice[]
  onChange: (choices: Choice[]) => void
  addLabel: string
  disabled?: boolean
  testId: string
  /** prefix of new codes: "" gives 1, 2, 3…; "r" gives r1, r2… */
  codePrefix?: string
}

/** The first unused code prefix + n. */
function nextCode(choices: Choice[], prefix: string): string {
  const used = new Set(choices.map((c) => c.value))
  for (let n = choices.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`
}

/** The editor. */
export function ChoicesEditor({ value, onChange, addLabel, disabled, testId, codePrefix = '' }: Props) {
  const { t } = useLocale()
  const set = (i: number, change: Partial<Choice>) => onChange(value.map((c, j) => (j === i ? { ...c, ...change } : c)))
  const move = (i: number, by: -1 | 1) => {
    const to = i + by
    if (to < 0 || to >= value.length) return
    const next = [...value]
    ;[next[i], next[to]] = [next[to]!, next[i]!]
    onChange(next)
  }
  const add = () => {
    onChange([...value, { value: nextCode(value, codePrefix), label: '' }])
    // the new line's label takes the focus, so options are typed one after another with Enter
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-testid="${testId}-label-${value.length}"]`)?.focus())
  }

  return (
    <div style={{ display: 'grid', gap: 6 }} data-testid={testId}>
      {value.map((c, i) => (
        <Flex key={i} gap={6} align="center">
          <Input
            value={c.value}
            onChange={(e) => set(i, { value: e.target.value.replace(/\s+/g, '_') })}
            style={{ width: 84, fontFamily: 'monospace' }}
            aria-label={`${t('ui.surveys.builder.choiceValue')} ${i + 1}`}
            disabled={disabled}
            data-testid={`${testId}-value-${i}`}
          />
          <Input
            value={c.label}
            onChange={(e) => set(i, { label: e.target.value })}
            onPressEnter={(e) => {
              e.preventDefault()
              if (i === value.length - 1) add()
            }}
            placeholder={`${t('ui.surveys.builder.choiceLabel')} ${i + 1}`}
            aria-label={`${t('ui.surveys.builder.choiceLabel')} ${i + 1}`}
            disabled={disabled}
            data-testid={`${testId}-label-${i}`}
          />
          <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={t('ui.surveys.builder.moveUp')} />
          <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={disabled || i === value.length - 1} onClick={() => move(i, 1)} aria-label={t('ui.surveys.builder.moveDown')} />
          <Button type="text" size="small" icon={<CloseOutlined />} disabled={disabled} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('ui.common.delete')} />
        </Flex>
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} onClick={add} disabled={disabled} data-testid={`${testId}-add`}>{addLabel}</Button>
      </div>
    </div>
  )
}
