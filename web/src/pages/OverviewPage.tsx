/** Tổng quan: real figures from the API only — active units, units without an opinion officer, accounts. */
import { Link } from 'react-router-dom'
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd'
import { ApartmentOutlined, IdcardOutlined, WarningOutlined } from '@ant-design/icons'
import { unitsApi, usersApi } from '../api/endpoints.ts'
import { useAuth } from '../auth/auth.tsx'
import { useLocale } from '../i18n/locale.tsx'
import { useLoad } from '../lib/use-load.ts'
import { treeOrder } from '../lib/unit-tree.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { LoadError } from '../components/StatusPages.tsx'

/** The overview page. */
export function OverviewPage() {
  const { me, can } = useAuth()
  const { t } = useLocale()
  const canUnits = can('unit', 'read')
  const canUsers = can('user', 'read')
  const units = useLoad(() => (canUnits ? unitsApi.list(false) : Promise.resolve(null)), [canUnits])
  const accounts = useLoad(() => (canUsers ? usersApi.list({ page: 1, pageSize: 1 }) : Promise.resolve(null)), [canUsers])

  const active = units.data?.items.filter((u) => u.active) ?? []
  const withoutOfficer = treeOrder(active).filter((u) => !u.responsible)

  return (
    <>
      <PageHeader title={t('ui.overview.title')} description={t('ui.overview.greeting', { name: me.fullName })} />
      {units.error != null && <LoadError error={units.error} onRetry={units.reload} />}
      {canUnits && units.data && active.length === 0 && (
        <Card style={{ marginBottom: 16 }}>
          <Empty
            description={can('unit', 'create') || can('unit', 'import') ? t('ui.overview.noUnits') : t('ui.overview.noUnitsReadOnly')}
          >
            <Link to="/units"><Button type="primary">{t('ui.overview.goToUnits')}</Button></Link>
          </Empty>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        {canUnits && (
          <Col xs={24} sm={12} lg={8}>
            <Card style={{ height: '100%' }}>
              <Skeleton loading={units.loading && !units.data} active paragraph={{ rows: 1 }}>
                <Link to="/units" data-testid="stat-active-units">
                  <Statistic title={t('ui.overview.activeUnits')} value={active.length} prefix={<ApartmentOutlined />} />
                </Link>
                <Typography.Text type="secondary">{t('ui.overview.activeUnitsHint')}</Typography.Text>
              </Skeleton>
            </Card>
          </Col>
        )}
        {canUnits && (
          <Col xs={24} sm={12} lg={8}>
            <Card style={{ height: '100%' }}>
              <Skeleton loading={units.loading && !units.data} active paragraph={{ rows: 1 }}>
                <Statistic
                  title={t('ui.overview.withoutOfficer')}
                  value={withoutOfficer.length}
                  prefix={<WarningOutlined />}
                  styles={{ content: { color: withoutOfficer.length ? '#d46b08' : undefined } }}
                />
                <Typography.Text type="secondary">{t('ui.overview.withoutOfficerHint')}</Typography.Text>
              </Skeleton>
            </Card>
          </Col>
        )}
        {canUsers && (
          <Col xs={24} sm={12} lg={8}>
            <Card style={{ height: '100%' }}>
              <Skeleton loading={accounts.loading && !accounts.data} active paragraph={{ rows: 1 }}>
                <Link to="/users" data-testid="stat-accounts">
                  <Statistic title={t('ui.overview.accounts')} value={accounts.data?.total ?? 0} prefix={<IdcardOutlined />} />
                </Link>
              </Skeleton>
            </Card>
          </Col>
        )}
        {canUnits && units.data && active.length > 0 && (
          <Col xs={24} lg={16}>
            <Card title={t('ui.overview.withoutOfficer')} data-testid="units-without-officer">
              {withoutOfficer.length === 0 ? (
                <Alert type="success" showIcon title={t('ui.overview.allHaveOfficer')} />
              ) : (
                <>
                  <Typography.Paragraph type="secondary">
                    {t('ui.overview.assignOfficer')}
                  </Typography.Paragraph>
                  <Table
                    size="small"
                    rowKey="id"
                    showHeader={false}
                    dataSource={withoutOfficer}
                    pagination={withoutOfficer.length > 10 ? { pageSize: 10, size: 'small' } : false}
                    columns={[
                      {
                        key: 'unit',
                        render: (_, u) => (
                          <Link to={`/units?unit=${encodeURIComponent(u.id)}`}><Tag>{u.code}</Tag>{u.name}</Link>
                        ),
                      },
                      { key: 'kind', render: (_, u) => <Typography.Text type="secondary">{t(`unitKinds.${u.kind}`)}</Typography.Text> },
                    ]}
                  />
                </>
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={canUnits ? 8 : 24}>
          <Card title={t('ui.overview.modulesTitle')}>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('ui.overview.modulesText')}</Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  )
}
