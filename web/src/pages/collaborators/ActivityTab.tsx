/** Hoạt động, phụ cấp: each collaborator's month (records, on time, condition met, allowance) and the XLSX payment sheet. */
import { useState } from 'react'
import { Alert, Button, DatePicker, Flex, Statistic, Table, Tag, Typography, Card, Row, Col } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { ActivityRowView } from '../../../../src/shared/collaborator.schema.ts'
import { collaboratorsApi } from '../../api/collaborators.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { currentMonth, formatDong, formatMonth } from './format.ts'

const REASON_COLORS: Record<string, string> = { paid: 'green', condition_unmet: 'orange', not_covered: 'default', no_base_salary: 'red' }

/** The tab. */
export function ActivityTab() {
  const { can } = useAuth()
  const { t } = useLocale()
  const [month, setMonth] = useState(currentMonth())
  const data = useLoad((signal) => collaboratorsApi.activity(month, signal), [month])
  const a = data.data

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker picker="month" format="MM/YYYY" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} data-testid="activity-month" />
        <span style={{ flex: 1 }} />
        {can('collaborator', 'export') && (
          <Button icon={<DownloadOutlined />} href={collaboratorsApi.activityXlsxUrl(month)} download data-testid="activity-xlsx">
            {t('ui.collaborators.downloadXlsx', { month: formatMonth(month) })}
          </Button>
        )}
      </Flex>
      {data.error != null ? <LoadError error={data.error} onRetry={data.reload} /> : (
        <>
          {a && (
            <>
              <Typography.Paragraph type="secondary">
                {t('ui.collaborators.conditionText', { min: a.condition.minRecords })}
                {a.condition.requireOnTime && ` ${t('ui.collaborators.onTimeOnly')}`}
                {' '}
                {a.baseSalary
                  ? t('ui.collaborators.baseSalaryText', { amount: formatDong(a.baseSalary.amount), from: formatDate(a.baseSalary.effectiveFrom) })
                  : ''}
              </Typography.Paragraph>
              {!a.baseSalary && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('ui.collaborators.noBaseSalary')} />}
              <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
                <Col xs={12} md={6}><Card size="small"><Statistic title={t('ui.collaborators.totalCollaborators')} value={a.totals.collaborators} /></Card></Col>
                <Col xs={12} md={6}><Card size="small"><Statistic title={t('ui.collaborators.records')} value={a.totals.records} /></Card></Col>
                <Col xs={12} md={6}><Card size="small"><Statistic title={t('ui.collaborators.paid')} value={a.totals.paid} /></Card></Col>
                <Col xs={12} md={6}><Card size="small"><Statistic title={t('ui.collaborators.totalAllowance')} value={formatDong(a.totals.allowance)} /></Card></Col>
              </Row>
            </>
          )}
          <Table<ActivityRowView>
            rowKey={(r) => r.collaborator.id}
            size="middle"
            loading={data.loading}
            dataSource={a?.rows ?? []}
            pagination={false}
            scroll={{ x: 820 }}
            data-testid="activity-table"
            columns={[
              { key: 'name', title: t('ui.collaborators.fullName'), render: (_, r) => (
                <div>{r.collaborator.fullName}<div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.collaborator.unit.name}</Typography.Text></div></div>
              ) },
              { key: 'records', title: t('ui.collaborators.records'), width: 90, align: 'right', render: (_, r) => r.records },
              { key: 'streams', title: t('ui.collaborators.streams'), width: 90, align: 'right', render: (_, r) => r.streams },
              { key: 'onTime', title: t('ui.collaborators.onTime'), width: 90, align: 'right', render: (_, r) => r.onTime },
              { key: 'reason', title: t('ui.collaborators.result'), width: 180, render: (_, r) => <Tag color={REASON_COLORS[r.reason]}>{t(`allowanceReasons.${r.reason}`)}</Tag> },
              { key: 'allowance', title: t('ui.collaborators.allowance'), width: 140, align: 'right', render: (_, r) => formatDong(r.allowance) },
            ]}
            summary={() => a && a.rows.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><Typography.Text strong>{t('ui.collaborators.total')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">{a.totals.records}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{a.totals.streams}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{a.totals.onTime}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{t('ui.collaborators.paidCount', { count: a.totals.paid })}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right"><Typography.Text strong>{formatDong(a.totals.allowance)}</Typography.Text></Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null}
          />
        </>
      )}
    </>
  )
}
