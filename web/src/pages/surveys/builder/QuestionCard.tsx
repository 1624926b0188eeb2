/**
 * One question in the builder: folded it shows its number, text, type, "bắt buộc" and its show-if; opened it edits
 * the text, code, type, required, hint, options or rows, bounds and the show-if. Up / down / duplicate / delete
 * (delete asks first and says which questions depend on this one).
 */
import { Button, Card, Checkbox, Flex, Input, InputNumber, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, BranchesOutlined, CopyOutlined, DeleteOutlined, DownOutlined, RightOutlined } from '@ant-design/icons'
import { QUESTION_TYPES, type Question, type QuestionType } from '../../../../../src/domain/survey/model.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import { lookup, type MessageKey } from '../../../i18n/messages.ts'
import { ChoicesEditor } from './ChoicesEditor.tsx'
import { ShowIfEditor } from './ShowIfEditor.tsx'
import { changeType, type BuilderProblem } from './builder-state.ts'

type Props = {
  question: Question
  number: number | null
  earlier: Question[]
  problems: BuilderProblem[]
  open: boolean
  onToggle: () => void
  onChange: (q: Question) => void
  onMove: (by: -1 | 1) => void
  onDuplicate: () => void
  onDelete: () => void
  canMoveUp: boolean
  canMoveDown: boolean
  dependents: string[]
  disabled?: boolean
}

const FIELD_LABELS: Record<string, MessageKey> = {
  label: 'ui.surveys.builder.label', name: 'ui.surveys.builder.name', choices: 'ui.surveys.builder.choices', rows: 'ui.surveys.builder.rows',
  scaleMax: 'ui.surveys.builder.scaleMax', min: 'ui.surveys.builder.min', max: 'ui.surveys.builder.max',
}

/** The message of a builder problem ("Phương án: Mã phương án bị trùng."), from the domain's error code. */
export function useBuilderProblemText() {
  const { t, lang } = useLocale()
  return (p: BuilderProblem): string => {
    const message = lookup(lang, `errors.${p.code}`) ?? p.code
    const field = FIELD_LABELS[p.field]
    return field ? `${t(field)}: ${message}` : message
  }
}

/** The card. */
export function QuestionCard(props: Props) {
  const { question: q, number, earlier, problems, open, onToggle, onChange, disabled } = props
  const { t } = useLocale()
  const problemText = useBuilderProblemText()
  const set = (change: Partial<Question>) => onChange({ ...q, ...change })
  const testId = `builder-q-${q.name}`
  const showIfProblem = problems.find((p) => p.field === 'relevant') ?? null
  const otherProblems = [...new Set(problems.filter((p) => p.field !== 'relevant').map(problemText))]
  const typeLabel = (type: QuestionType) => t(`ui.surveys.types.${type}` as MessageKey)

  const header = (
    <Flex gap={8} align="start" style={{ minWidth: 0 }}>
      <Button
        type="text"
        size="small"
        icon={open ? <DownOutlined /> : <RightOutlined />}
        onClick={onToggle}
        aria-expanded={open}
        aria-label={q.label || q.name}
        data-testid={`${testId}-toggle`}
      />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
          {number !== null ? `${t('ui.surveys.builder.question', { n: number })}. ` : ''}{q.label || <Typography.Text type="secondary">…</Typography.Text>}
        </Typography.Text>
        <div>
          <Space size={4} wrap>
            <Tag>{typeLabel(q.type)}</Tag>
            <Typography.Text code style={{ fontSize: 12 }}>{q.name}</Typography.Text>
            {q.required && <Tag color="red">{t('ui.surveys.form.requiredMark')}</Tag>}
            {q.relevant && (
              <Tooltip title={q.relevant}>
                <Tag icon={<BranchesOutlined />} color="purple" data-testid={`${testId}-has-show-if`}>{t('ui.surveys.showIf.when')}</Tag>
              </Tooltip>
            )}
            {problems.length > 0 && <Tag color="error">!</Tag>}
          </Space>
        </div>
      </div>
    </Flex>
  )

  const actions = (
    <Space size={0}>
      <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={disabled || !props.canMoveUp} onClick={() => props.onMove(-1)} aria-label={t('ui.surveys.builder.moveUp')} title={t('ui.surveys.builder.moveUp')} data-testid={`${testId}-up`} />
      <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={disabled || !props.canMoveDown} onClick={() => props.onMove(1)} aria-label={t('ui.surveys.builder.moveDown')} title={t('ui.surveys.builder.moveDown')} data-testid={`${testId}-down`} />
      <Button type="text" size="small" icon={<CopyOutlined />} disabled={disabled} onClick={props.onDuplicate} aria-label={t('ui.surveys.builder.duplicate')} title={t('ui.surveys.builder.duplicate')} />
      <Popconfirm
        title={t('ui.surveys.builder.deleteQuestionConfirm')}
        description={props.dependents.length ? t('ui.surveys.builder.usedBy', { names: props.dependents.join(', ') }) : undefined}
        okText={t('ui.common.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('ui.common.cancel')}
        onConfirm={props.onDelete}
        disabled={disabled}
      >
        <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={disabled} aria-label={t('ui.surveys.builder.deleteQuestion')} title={t('ui.surveys.builder.deleteQuestion')} data-testid={`${testId}-delete`} />
      </Popconfirm>
    </Space>
  )

  return (
    <Card
      size="small"
      style={{ marginBottom: 8, borderColor: problems.length ? '#ffa39e' : undefined }}
      styles={{ header: { paddingBlock: 6, minHeight: 0 }, body: open ? undefined : { display: 'none' } }}
      title={header}
      extra={actions}
      data-testid={testId}
    >
      {open && (
        <div style={{ display: 'grid', gap: 10 }}>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.label')}</Typography.Text>
            <Input.TextArea
              value={q.label}
              onChange={(e) => set({ label: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={2000}
              status={!q.label.trim() ? 'warning' : undefined}
              aria-label={t('ui.surveys.builder.label')}
              disabled={disabled}
              data-testid={`${testId}-label`}
            />
          </div>
          <Flex gap={8} wrap>
            <div style={{ flex: '2 1 200px' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.type')}</Typography.Text>
              <Select
                value={q.type}
                onChange={(type: QuestionType) => onChange(changeType(q, type))}
                options={QUESTION_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
                style={{ width: '100%' }}
                aria-label={t('ui.surveys.builder.type')}
                disabled={disabled}
                data-testid={`${testId}-type`}
              />
            </div>
            <div style={{ flex: '1 1 140px' }}>
              <Tooltip title={t('ui.surveys.builder.nameHint')}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.name')}</Typography.Text>
              </Tooltip>
              <Input
                value={q.name}
                onChange={(e) => set({ name: e.target.value.trim() })}
                maxLength={64}
                style={{ fontFamily: 'monospace' }}
                aria-label={t('ui.surveys.builder.name')}
                disabled={disabled}
                data-testid={`${testId}-name`}
              />
            </div>
          </Flex>
          {q.type !== 'note' && (
            <Checkbox checked={!!q.required} onChange={(e) => set({ required: e.target.checked || undefined })} disabled={disabled} data-testid={`${testId}-required`}>
              {t('ui.surveys.builder.required')}
            </Checkbox>
          )}
          <Input
            value={q.hint ?? ''}
            onChange={(e) => set({ hint: e.target.value || undefined })}
            placeholder={t('ui.surveys.builder.hint')}
            aria-label={t('ui.surveys.builder.hint')}
            maxLength={2000}
            disabled={disabled}
          />
          {(q.type === 'single' || q.type === 'multiple') && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.choices')}</Typography.Text>
              <ChoicesEditor value={q.choices ?? []} onChange={(choices) => set({ choices })} addLabel={t('ui.surveys.builder.addChoice')} disabled={disabled} testId={`${testId}-choices`} />
            </div>
          )}
          {q.type === 'matrix' && (
            <>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.rows')}</Typography.Text>
                <ChoicesEditor value={q.rows ?? []} onChange={(rows) => set({ rows })} addLabel={t('ui.surveys.builder.addRow')} codePrefix="r" disabled={disabled} testId={`${testId}-rows`} />
              </div>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.choices')}</Typography.Text>
                <ChoicesEditor value={q.choices ?? []} onChange={(choices) => set({ choices })} addLabel={t('ui.surveys.builder.addChoice')} disabled={disabled} testId={`${testId}-choices`} />
              </div>
            </>
          )}
          {q.type === 'likert5' && <Typography.Text type="secondary">{t('ui.surveys.builder.likertScale')}</Typography.Text>}
          {q.type === 'rating' && (
            <Flex gap={8} align="center">
              <Typography.Text>{t('ui.surveys.builder.scaleMax')}</Typography.Text>
              <InputNumber min={2} max={10} precision={0} value={q.scaleMax ?? 5} onChange={(v) => set({ scaleMax: v ?? 5 })} disabled={disabled} aria-label={t('ui.surveys.builder.scaleMax')} />
            </Flex>
          )}
          {(q.type === 'integer' || q.type === 'decimal') && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text>{t('ui.surveys.builder.min')}</Typography.Text>
              <InputNumber value={q.min ?? null} onChange={(v) => set({ min: v ?? undefined })} disabled={disabled} aria-label={t('ui.surveys.builder.min')} style={{ width: 110 }} />
              <Typography.Text>{t('ui.surveys.builder.max')}</Typography.Text>
              <InputNumber value={q.max ?? null} onChange={(v) => set({ max: v ?? undefined })} disabled={disabled} aria-label={t('ui.surveys.builder.max')} style={{ width: 110 }} />
            </Flex>
          )}
          <ShowIfEditor
            earlier={earlier}
            value={q.relevant}
            onChange={(relevant) => set({ relevant })}
            problem={showIfProblem}
            disabled={disabled}
            testId={`${testId}-showif`}
          />
          {otherProblems.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 18, color: '#cf1322' }} data-testid={`${testId}-problems`}>
              {otherProblems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
        </div>
      )}
    </Card>
  )
}
