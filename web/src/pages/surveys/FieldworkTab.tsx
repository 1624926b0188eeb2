/**
 * Thu phiếu — the fieldwork board: answers received against the planned sample, by day and by channel; each quota
 * cell against its target with a progress bar and a "Đủ" tag; the public link with copy, its QR code (from the
 * API) with print, a new link (the old one stops working); single-use invitation codes generated as a CSV file.
 */
import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Col, Empty, Flex, Grid, InputNumber, Popconfirm, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd'
import { CopyOutlined, DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons'
import type { FieldworkProgress, SurveyView } from '../../../../src/shared/survey.schema.ts'
import { publicLink, surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { EChart, type ChartOption } from '../../components/EChart.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { quotaCellLabel } from './quota-labels.ts'

/** Answers per day as bars. */
function byDayOption(p: FieldworkProgress): ChartOption {
  return {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: p.byDay.map((d) => formatDate(d.day).slice(0, 5)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: p.byDay.map((d) => d.count), itemStyle: { color: '#2563eb' }, barMaxWidth: 28 }],
  }
}

/** Opens a page with the QR code, title and link, and prints it (no script in that page: the app drives it). */
function printQr(survey: SurveyView, title: string, text: string) {
  const w = window.open('', '_blank', 'width=600,height=800')
  if (!w) return
  const doc = w.document
  doc.title = survey.title
  const box = doc.createElement('div')
  box.style.cssText = 'font-family: "Times New Roman", serif; text-align: center; padding: 32px'
  const h = doc.createElement('h1')
  h.textContent = title
  const h2 = doc.createElement('h2')
  h2.textContent = survey.title
  const img = doc.createElement('img')
  img.src = new URL(surveysApi.qrUrl(survey.id, 'svg'), window.location.origin).href
  img.style.cssText = 'width: 320px; height: 320px; margin: 16px auto; display: block'
  const p = doc.createElement('p')
  p.textContent = text
  const link = doc.createElement('p')
  link.style.cssText = 'font-family: monospace; word-break: break-all'
  link.textContent = publicLink(survey.publicToken)
  box.append(h, h2, img, p, link)
  doc.body.append(box)
  img.onload = () => w.print()
}

/** The board. */
export function FieldworkTab({ survey, onChanged }: { survey: SurveyView; onChanged: (s: SurveyView) => void }) {
  const { t, errorText } = useLocale()
  const { can } = useAuth()
  const { message } = App.useApp()
  const screens = Grid.useBreakpoint()
  const progress = useLoad((s) => surveysApi.progress(survey.id, s), [survey.id, survey.status, survey.updatedAt])
  const invites = useLoad((s) => surveysApi.invites(survey.id, s), [survey.id])
  const [count, setCount] = useState<number | null>(50)
  const [busy, setBusy] = useState(false)
  const manage = can('survey', 'manage')
  const link = publicLink(survey.publicToken)
  const dayOption = useMemo(() => progress.data && byDayOption(progress.data), [progress.data])

  const newLink = async () => {
    try {
      onChanged(await surveysApi.newPublicToken(survey.id))
      message.success(t('ui.surveys.fieldwork.newLinkDone'))
    } catch (err) {
      message.error(errorText(err))
    }
  }
  const createInvites = async () => {
    if (!count) return
    setBusy(true)
    try {
      await surveysApi.downloadNewInvites(survey.id, count)
      message.success(t('ui.surveys.fieldwork.invitesCreated', { count }))
      invites.reload()
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const p = progress.data
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        {progress.error != null ? <LoadError error={progress.error} onRetry={progress.reload} /> : (
          <Card
            size="small"
            loading={progress.loading && !p}
            title={t('ui.surveys.fieldwork.total')}
            extra={<Button size="small" type="text" icon={<ReloadOutlined />} onClick={progress.reload} aria-label={t('ui.common.reload')} />}
            data-testid="fieldwork-progress"
          >
            {p && (
              <>
                <Flex gap={24} wrap align="center" style={{ marginBottom: 12 }}>
                  <Statistic value={p.total} title={t('ui.surveys.fieldwork.total')} data-testid="fieldwork-total" />
                  {p.plannedSample && (
                    <div style={{ flex: '1 1 200px' }}>
                      <Typography.Text type="secondary">{t('ui.surveys.fieldwork.planned', { n: p.plannedSample })}</Typography.Text>
                      <Progress percent={Math.min(100, Math.round((100 * p.total) / p.plannedSample))} />
                    </div>
                  )}
                </Flex>
                <Typography.Text strong>{t('ui.surveys.fieldwork.byChannel')}</Typography.Text>
                <Flex gap={6} wrap style={{ margin: '6px 0 12px' }} data-testid="fieldwork-channels">
                  {p.byChannel.length === 0 && <Typography.Text type="secondary">{t('ui.surveys.fieldwork.noResponses')}</Typography.Text>}
                  {p.byChannel.map((c) => <Tag key={c.channel} data-channel={c.channel}>{t(`ui.surveys.channels.${c.channel}`)}: <b>{c.count}</b></Tag>)}
                </Flex>
                <Typography.Text strong>{t('ui.surveys.fieldwork.byDay')}</Typography.Text>
                {p.byDay.length ? <EChart option={dayOption!} height={180} label={t('ui.surveys.fieldwork.byDayLabel')} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.surveys.fieldwork.noResponses')} />}
              </>
            )}
          </Card>
        )}
        <Card size="small" title={t('ui.surveys.fieldwork.quotas')} style={{ marginTop: 16 }} data-testid="fieldwork-quotas">
          {!p || p.quotas.length === 0 ? <Typography.Text type="secondary">{t('ui.surveys.fieldwork.quotasEmpty')}</Typography.Text> : (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={p.quotas}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('ui.surveys.settings.quotas'), key: 'cell', render: (_, q) => quotaCellLabel(q.criteria, survey, t) },
                {
                  title: t('ui.surveys.settings.target'), key: 'progress', width: screens.md ? 280 : 160,
                  render: (_, q) => (
                    <Flex gap={8} align="center">
                      <Progress percent={Math.min(100, q.percent)} size="small" status={q.full ? 'success' : 'active'} showInfo={false} style={{ flex: 1, margin: 0 }} />
                      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('ui.surveys.fieldwork.target', { count: q.count, target: q.target })}</Typography.Text>
                    </Flex>
                  ),
                },
                { title: '', key: 'full', width: 60, render: (_, q) => q.full && <Tag color={q.closeWhenFull ? 'red' : 'green'} data-testid="quota-full">{t('ui.surveys.fieldwork.full')}</Tag> },
              ]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('ui.surveys.fieldwork.link')} data-testid="fieldwork-link">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.fieldwork.linkHint')}</Typography.Paragraph>
          {survey.status !== 'open' && <Alert type="info" showIcon title={t('ui.surveys.fieldwork.linkNotOpen')} style={{ marginBottom: 8 }} />}
          <Typography.Paragraph
            copyable={{ text: link, tooltips: [t('ui.surveys.fieldwork.copyLink'), t('ui.common.copied')], icon: [<CopyOutlined key="c" />, <CopyOutlined key="d" />] }}
            style={{ fontFamily: 'monospace', wordBreak: 'break-all', fontSize: 13 }}
            data-testid="public-link"
          >
            {link}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 8 }}>
            {survey.access === 'invite' ? t('ui.surveys.fieldwork.accessInvite') : t('ui.surveys.fieldwork.accessLink')}
          </Typography.Text>
          <img src={surveysApi.qrUrl(survey.id, 'svg')} alt={t('ui.surveys.fieldwork.qrAlt')} width={200} height={200} style={{ display: 'block', margin: '0 auto 8px' }} data-testid="public-qr" />
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => printQr(survey, t('ui.surveys.fieldwork.printTitle'), t('ui.surveys.fieldwork.printText'))}>{t('ui.surveys.fieldwork.printQr')}</Button>
            <Button icon={<DownloadOutlined />} href={surveysApi.qrUrl(survey.id, 'png')} download>PNG</Button>
            {manage && (
              <Popconfirm title={t('ui.surveys.fieldwork.newLinkConfirm')} description={t('ui.surveys.fieldwork.newLinkText')} okText={t('ui.common.confirm')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={newLink}>
                <Button danger>{t('ui.surveys.fieldwork.newLink')}</Button>
              </Popconfirm>
            )}
          </Space>
        </Card>
        <Card size="small" title={t('ui.surveys.fieldwork.invites')} style={{ marginTop: 16 }} data-testid="fieldwork-invites">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.fieldwork.invitesHint')}</Typography.Paragraph>
          {invites.data && (
            <Typography.Paragraph data-testid="invites-stats">
              {invites.data.total ? t('ui.surveys.fieldwork.invitesStats', { total: invites.data.total, used: invites.data.used }) : t('ui.surveys.fieldwork.invitesEmpty')}
              {invites.data.items[0] && <Typography.Text type="secondary"> · {formatDateTime(invites.data.items[0].createdAt)}</Typography.Text>}
            </Typography.Paragraph>
          )}
          {manage && (
            <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
              <InputNumber min={1} max={5000} precision={0} value={count} onChange={setCount} aria-label={t('ui.surveys.fieldwork.invitesCount')} style={{ width: 110 }} data-testid="invites-count" />
              <Button type="primary" icon={<DownloadOutlined />} loading={busy} disabled={!count} onClick={createInvites} data-testid="invites-create">{t('ui.surveys.fieldwork.invitesCreate')}</Button>
            </Flex>
          )}
          {!!invites.data?.total && <Button size="small" type="link" href={surveysApi.invitesCsvUrl(survey.id)} icon={<DownloadOutlined />}>{t('ui.surveys.fieldwork.invitesList')}</Button>}
        </Card>
      </Col>
    </Row>
  )
}
