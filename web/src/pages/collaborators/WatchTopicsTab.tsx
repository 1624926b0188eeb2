/**
 * Nội dung cần nắm bắt: the month's ordered list of topics collaborators should listen for; the focal board adds,
 * edits, reorders and removes them. Collaborators see them first on their phone (/ghi-nhan).
 */
import { useEffect, useState } from 'react'
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, List, Modal, Popconfirm, Select, Tag, Typography, type ButtonProps } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { TOPICS } from '../../../../src/shared/enums.ts'
import type { WatchTopicView } from '../../../../src/shared/collaborator.schema.ts'
import { watchTopicsApi } from '../../api/collaborators.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { currentMonth, formatMonth } from './format.ts'

type Values = { unitId: string; title: string; description?: string; topics: string[] }

/** The tab. */
export function WatchTopicsTab() {
  const { me, can, reach } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [month, setMonth] = useState(currentMonth())
  const [editing, setEditing] = useState<WatchTopicView | 'new' | null>(null)
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<Values>()
  const list = useLoad(() => watchTopicsApi.list({ month }), [month])
  const units = useLoad(() => unitsApi.list(false), [])
  const canEdit = can('watch_topic', 'update')
  // the server orders them: the outer unit first, then each unit's own order
  const items = list.data?.items ?? []

  useEffect(() => {
    if (!editing) return
    form.resetFields()
    if (editing === 'new') form.setFieldsValue({ unitId: me.roles.find((r) => r.role === 'focal' || r.role === 'admin')?.unitId ?? me.roles[0]?.unitId, topics: [] })
    else form.setFieldsValue({ unitId: editing.unit.id, title: editing.title, description: editing.description, topics: editing.topics })
  }, [editing, form, me])

  const save = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      const topics = v.topics as (typeof TOPICS)[number][]
      if (editing === 'new') {
        const last = Math.max(-1, ...items.filter((i) => i.unit.id === v.unitId).map((i) => i.position))
        await watchTopicsApi.create({ unitId: v.unitId, month, title: v.title.trim(), description: (v.description ?? '').trim(), topics, position: last + 1 })
      } else if (editing) {
        await watchTopicsApi.update(editing.id, { title: v.title.trim(), description: (v.description ?? '').trim(), topics })
      }
      message.success(t('ui.collaborators.watchSaved'))
      setEditing(null)
      list.reload()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['unitId', 'title', 'description', 'topics', 'month'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  /** Swaps the positions of two neighbours of the same unit. */
  const move = async (a: WatchTopicView, b: WatchTopicView | undefined) => {
    if (!b || a.unit.id !== b.unit.id) return
    try {
      // equal positions (created without one) get distinct ones first
      const pa = a.position === b.position ? b.position + 1 : b.position
      await watchTopicsApi.update(a.id, { position: pa })
      await watchTopicsApi.update(b.id, { position: a.position })
      list.reload()
    } catch (err) {
      message.error(errorText(err))
    }
  }
  const remove = async (w: WatchTopicView) => {
    try {
      await watchTopicsApi.remove(w.id)
      list.reload()
    } catch (err) {
      message.error(errorText(err))
    }
  }

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker picker="month" format="MM/YYYY" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        <Typography.Text type="secondary" style={{ flex: 1 }}>{t('ui.collaborators.watchHint', { month: formatMonth(month) })}</Typography.Text>
        {canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="watch-create">{t('ui.collaborators.watchAdd')}</Button>}
      </Flex>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : (
        <Card size="small">
          <List
            loading={list.loading}
            dataSource={items}
            locale={{ emptyText: <Empty description={t('ui.capture.watchEmpty')} /> }}
            renderItem={(w, i) => (
              <List.Item
                data-testid="watch-row"
                actions={canEdit ? [
                  <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('ui.collaborators.moveUp')} disabled={items[i - 1]?.unit.id !== w.unit.id} onClick={() => move(w, items[i - 1])} />,
                  <Button key="down" size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('ui.collaborators.moveDown')} disabled={items[i + 1]?.unit.id !== w.unit.id} onClick={() => move(w, items[i + 1])} />,
                  <Button key="edit" size="small" type="text" icon={<EditOutlined />} aria-label={t('ui.common.edit')} onClick={() => setEditing(w)} />,
                  <Popconfirm key="rm" title={t('ui.collaborators.watchRemove')} okText={t('ui.common.delete')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={() => remove(w)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('ui.common.delete')} />
                  </Popconfirm>,
                ] : []}
              >
                <List.Item.Meta
                  title={<>{i + 1}. {w.title}</>}
                  description={(
                    <>
                      {w.description && <div style={{ whiteSpace: 'pre-line' }}>{w.description}</div>}
                      <div style={{ marginTop: 4 }}>
                        <Tag color="blue">{w.unit.name}</Tag>
                        {w.topics.map((c) => <Tag key={c}>{t(`topics.${c}` as MessageKey)}</Tag>)}
                      </div>
                    </>
                  )}
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('ui.collaborators.watchAdd') : t('ui.common.edit')}
        onCancel={() => setEditing(null)}
        onOk={save}
        confirmLoading={busy}
        okText={t('ui.common.save')}
        cancelText={t('ui.common.cancel')}
        destroyOnHidden
        forceRender
        okButtonProps={{ 'data-testid': 'watch-submit' } as ButtonProps}
      >
        <Form form={form} layout="vertical" requiredMark="optional" onFinish={save}>
          <Form.Item name="unitId" label={t('ui.collaborators.watchUnit')} extra={t('ui.collaborators.watchUnitHint')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
            <UnitTreeSelect units={units.data?.items ?? []} reach={reach('watch_topic', 'create')} />
          </Form.Item>
          <Form.Item name="title" label={t('ui.issues.titleLabel')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 300 }]}>
            <Input maxLength={300} data-testid="watch-title" />
          </Form.Item>
          <Form.Item name="description" label={t('ui.issues.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="topics" label={t('ui.streams.topics')} rules={[{ type: 'array', max: 5, message: t('ui.streams.topicsMax') }]}>
            <Select mode="multiple" allowClear options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))} />
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </Modal>
    </>
  )
}
