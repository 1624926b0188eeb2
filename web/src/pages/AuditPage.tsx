/** Nhật ký: the audit log with filters, paging and a CSV download of the chosen period. */
import { useState } from 'react'
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { AuditView } from '../../../src/shared/schemas.ts'
import { AUDIT_OUTCOMES } from '../../../src/shared/enums.ts'
import { auditApi, type AuditFilter } from '../api/endpoints.ts'
import { useLocale } from '../i18n/locale.tsx'
import { formatDateTime } from '../lib/dates.ts'
import { useLoad } from '../lib/use-load.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { LoadError } from '../components/StatusPages.tsx'

type FilterForm = {
  period?: [Dayjs | null, Dayjs | null] | null
  action?: string
  outcome?: AuditFilter['outcome']
  actor?: string
  resourceType?: string
}

const OUTCOME_COLORS: Record<string, string> = { success: 'green', denied: 'orange', failure: 'red' }

function toFilter(v: FilterForm): AuditFilter {
  const clean = (s?: string) => s?.trim() || undefined
  return {
    from: v.period?.[0]?.format('YYYY-MM-DD'),
    to: v.period?.[1]?.format('YYYY-MM-DD'),
    action: clean(v.action),
    outcome: v.outcome,
    actor: clean(v.actor),
    resourceType: clean(v.resourceType),
  }
}

/** The audit log page. */
export function AuditPage() {
  const { t } = useLocale()
  const [form] = Form.useForm<FilterForm>()
  const [filter, setFilter] = useState<AuditFilter>({})
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const list = useLoad(() => auditApi.list({ ...filter, page, pageSize }), [filter, page, pageSize])

  const apply = (values: FilterForm) => {
    setFilter(toFilter(values))
    setPage(1)
  }
  const outcomeLabel = (o: string) => ((AUDIT_OUTCOMES as readonly string[]).includes(o) ? t(`ui.audit.outcomes.${o as (typeof AUDIT_OUTCOMES)[number]}`) : o)

  return (
    <>
      <PageHeader
        title={t('ui.audit.title')}
        description={t('ui.audit.hint')}
        extra={
          <Button icon={<DownloadOutlined />} href={auditApi.exportUrl({ from: filter.from, to: filter.to })} download data-testid="audit-export">
            {t('ui.audit.exportCsv')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" onFinish={apply}>
          <Row gutter={12}>
            <Col xs={24} md={12} lg={8}>
              <Form.Item name="period" label={t('ui.audit.period')}>
                <DatePicker.RangePicker style={{ width: '100%' }} format="DD/MM/YYYY" allowEmpty={[true, true]}
                  placeholder={[t('ui.audit.from'), t('ui.audit.to')]} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="action" label={t('ui.audit.action')}><Input allowClear placeholder="unit.create" /></Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="outcome" label={t('ui.audit.outcome')}>
                <Select allowClear placeholder={t('ui.common.all')} options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="actor" label={t('ui.audit.actor')}><Input allowClear placeholder="admin" /></Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item name="resourceType" label={t('ui.audit.resourceType')}><Input allowClear placeholder="unit" /></Form.Item>
            </Col>
          </Row>
          <Row gutter={8}>
            <Col><Button type="primary" htmlType="submit">{t('ui.common.filter')}</Button></Col>
            <Col>
              <Button onClick={() => { form.resetFields(); apply({}) }}>{t('ui.common.reset')}</Button>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : (
        <Table<AuditView>
          data-testid="audit-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('ui.audit.empty') }}
          pagination={{
            current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('ui.common.total', { total }),
            onChange: (p, s) => { setPage(s === pageSize ? p : 1); setPageSize(s) },
          }}
          expandable={{
            rowExpandable: (r) => r.details != null,
            expandedRowRender: (r) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(r.details, null, 2)}</pre>,
          }}
          columns={[
            { title: t('ui.audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v), width: 150 },
            { title: t('ui.audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('ui.audit.actor'), dataIndex: 'actorUsername', render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text> },
            { title: t('ui.audit.resource'), key: 'resource', render: (_, r) => [r.resourceType, r.resourceId].filter(Boolean).join(' · ') || '—' },
            { title: t('ui.audit.outcome'), dataIndex: 'outcome', render: (v: string) => <Tag color={OUTCOME_COLORS[v]}>{outcomeLabel(v)}</Tag> },
            { title: t('ui.audit.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
    </>
  )
}
