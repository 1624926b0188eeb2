/** "Gắn vào vấn đề": link one stream to a similar open issue, or open a new issue with it. */
import { useEffect, useState } from 'react'
import { Alert, App, Button, Checkbox, Empty, Form, Input, List, Modal, Select, Segmented, Skeleton } from 'antd'
import { TOPICS } from '../../../../src/shared/enums.ts'
import type { OpinionView, StreamView } from '../../../../src/shared/opinion.schema.ts'
import type { IssueSuggestion } from '../../../../src/shared/issue.schema.ts'
import { issuesApi } from '../../api/issues.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { useLoad } from '../../lib/use-load.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { IssueStatusTag } from '../../components/OpinionTags.tsx'

type Props = {
  opinion: OpinionView
  stream: StreamView | null
  onClose: () => void
  onLinked: () => void
}

type NewIssue = { title: string; description?: string; topic: string; unitId: string; hotSpot: boolean }
const FIELDS = ['title', 'description', 'topic', 'unitId', 'hotSpot']

/** The dialog; opens when `stream` is set. */
export function LinkIssueModal({ opinion, stream, onClose, onLinked }: Props) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [mode, setMode] = useState<'similar' | 'new'>('similar')
  const [suggestions, setSuggestions] = useState<IssueSuggestion[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [form] = Form.useForm<NewIssue>()
  const units = useLoad(() => (stream ? unitsApi.list(false) : Promise.resolve(null)), [!!stream])

  useEffect(() => {
    if (!stream) return
    setSuggestions(null)
    form.setFieldsValue({
      title: stream.summary || opinion.title,
      description: opinion.content.slice(0, 5000),
      topic: stream.topics[0] ?? 'khac',
      unitId: opinion.unit.id,
      hotSpot: stream.hotSpot,
    })
    const text = [stream.summary, opinion.title, opinion.content].filter(Boolean).join('\n').slice(0, 4000)
    issuesApi.suggest(text, stream.topics).then(
      (r) => {
        setSuggestions(r.items)
        if (!r.items.length) setMode('new')
      },
      () => { setSuggestions([]); setMode('new') },
    )
  }, [stream, opinion, form])

  const link = async (issue: IssueSuggestion) => {
    if (!stream) return
    setBusy(issue.id)
    try {
      await issuesApi.linkStreams(issue.id, [stream.id])
      message.success(t('ui.opinions.linked', { title: issue.title }))
      onLinked()
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }

  const create = async () => {
    if (!stream) return
    let v: NewIssue
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy('new')
    try {
      const issue = await issuesApi.create({
        title: v.title.trim(), description: (v.description ?? '').trim(), topic: v.topic as (typeof TOPICS)[number], unitId: v.unitId,
        hotSpot: !!v.hotSpot, streamIds: [stream.id],
      })
      message.success(t('ui.opinions.linked', { title: issue.title }))
      onLinked()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, FIELDS)) message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Modal
      open={!!stream}
      onCancel={onClose}
      title={t('ui.opinions.linkIssue')}
      width={640}
      destroyOnHidden
      footer={mode === 'new'
        ? [
            <Button key="c" onClick={onClose}>{t('ui.common.cancel')}</Button>,
            <Button key="ok" type="primary" loading={busy === 'new'} onClick={create} data-testid="issue-create-submit">{t('ui.opinions.createIssue')}</Button>,
          ]
        : [<Button key="c" onClick={onClose}>{t('ui.common.close')}</Button>]}
    >
      <Segmented
        block
        value={mode}
        onChange={(v) => setMode(v as 'similar' | 'new')}
        options={[{ value: 'similar', label: t('ui.opinions.similarIssues') }, { value: 'new', label: t('ui.opinions.newIssue') }]}
        style={{ marginBottom: 16 }}
        data-testid="link-issue-mode"
      />
      {mode === 'similar' ? (
        suggestions === null ? <Skeleton active /> : suggestions.length === 0 ? (
          <Empty description={t('ui.opinions.noSimilar')} />
        ) : (
          <List
            dataSource={suggestions}
            renderItem={(s) => (
              <List.Item actions={[
                <Button key="l" size="small" type="primary" loading={busy === s.id} onClick={() => link(s)} data-testid="issue-link">{t('ui.opinions.linkHere')}</Button>,
              ]}>
                <List.Item.Meta
                  title={s.title}
                  description={<>{t(`topics.${s.topic}` as MessageKey)} · {s.unit.name} <IssueStatusTag code={s.status} /></>}
                />
              </List.Item>
            )}
          />
        )
      ) : (
        <Form form={form} layout="vertical" requiredMark="optional" data-testid="issue-form">
          <Form.Item name="title" label={t('ui.issues.titleLabel')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 300 }]}>
            <Input maxLength={300} data-testid="issue-form-title" />
          </Form.Item>
          <Form.Item name="topic" label={t('ui.issues.topic')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
            <Select options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('ui.issues.unit')} extra={t('ui.issues.unitHint')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
            <UnitTreeSelect units={units.data?.items ?? []} />
          </Form.Item>
          <Form.Item name="description" label={t('ui.issues.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="hotSpot" valuePropName="checked">
            <Checkbox>{t('ui.streams.hotSpot')}</Checkbox>
          </Form.Item>
          <Alert type="info" showIcon title={t('ui.opinions.newIssueHint')} />
        </Form>
      )}
    </Modal>
  )
}
