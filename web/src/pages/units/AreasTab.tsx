/** Địa bàn: the areas (tổ dân phố, khu dân cư) and the unit each belongs to; create and rename. */
import { useState } from 'react'
import { App, Button, Flex, Form, Input, Modal, Table, Typography, type ButtonProps } from 'antd'
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { AreaView, Page, UnitView } from '../../../../src/shared/schemas.ts'
import { areasApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { foldIncludes } from '../../lib/fold.ts'
import type { Loaded } from '../../lib/use-load.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { LoadError } from '../../components/StatusPages.tsx'

type Values = { code: string; name: string; unitId: string }

/** The areas tab of the units page. */
export function AreasTab({ areas, units }: { areas: Loaded<Page<AreaView>>; units: readonly UnitView[] }) {
  const { can, reach } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [editing, setEditing] = useState<AreaView | 'new' | null>(null)
  const [busy, setBusy] = useState(false)
  const [query, setQuery] = useState('')
  const unitName = (id: string) => {
    const u = units.find((x) => x.id === id)
    return u ? `${u.code} — ${u.name}` : '—'
  }

  const open = (area: AreaView | 'new') => {
    form.resetFields()
    if (area !== 'new') form.setFieldsValue({ code: area.code, name: area.name, unitId: area.unitId })
    setEditing(area)
  }
  const submit = async () => {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      const saved = editing === 'new'
        ? await areasApi.create({ code: values.code.trim(), name: values.name.trim(), unitId: values.unitId })
        : await areasApi.update((editing as AreaView).id, { code: values.code.trim(), name: values.name.trim() })
      message.success(t(editing === 'new' ? 'ui.areas.created' : 'ui.areas.updated', { code: saved.code }))
      setEditing(null)
      areas.reload()
    } catch (err) {
      if ((err as { code?: string }).code === 'AREA_CODE_TAKEN') form.setFields([{ name: 'code', errors: [errorText(err)] }])
      else if (!applyFieldErrors(form, err, lang, ['code', 'name', 'unitId'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  if (areas.error != null) return <LoadError error={areas.error} onRetry={areas.reload} />
  const rows = (areas.data?.items ?? []).filter((a) => foldIncludes(`${a.code} ${a.name} ${unitName(a.unitId)}`, query))
  const required = { required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }

  return (
    <>
      <Typography.Paragraph type="secondary">{t('ui.areas.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search allowClear value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('ui.common.search')} style={{ maxWidth: 360 }} />
        {can('area', 'create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="area-create">{t('ui.areas.create')}</Button>
        )}
      </Flex>
      <Table<AreaView>
        rowKey="id"
        size="small"
        loading={areas.loading}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('ui.areas.empty') }}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        columns={[
          { title: t('ui.areas.code'), dataIndex: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('ui.areas.name'), dataIndex: 'name' },
          { title: t('ui.areas.unit'), dataIndex: 'unitId', render: unitName },
          ...(can('area', 'update') ? [{
            title: t('ui.common.actions'), key: 'actions',
            render: (_: unknown, a: AreaView) => <Button size="small" icon={<EditOutlined />} onClick={() => open(a)}>{t('ui.common.edit')}</Button>,
          }] : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('ui.areas.create') : t('ui.areas.edit')}
        onCancel={() => setEditing(null)}
        onOk={submit}
        okText={editing === 'new' ? t('ui.common.create') : t('ui.common.save')}
        cancelText={t('ui.common.cancel')}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'area-form-submit' } as ButtonProps}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="code" label={t('ui.areas.code')} extra={t('ui.units.codeHint')}
            rules={[required, { pattern: /^[A-Za-z0-9._-]+$/, message: t('errors.CODE_FORMAT') }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t('ui.areas.name')} rules={[required]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item name="unitId" label={t('ui.areas.unit')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
            {editing === 'new' ? <UnitTreeSelect units={units} reach={reach('area', 'create')} /> : <UnitTreeSelect units={units} disabledIds={new Set(units.map((u) => u.id))} />}
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </Modal>
    </>
  )
}
