/** The frame of every signed-in page: header, navigation (a drawer on phones) and the page. */
import { useState } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom'
import { App, Badge, Button, Drawer, Flex, Grid, Layout, Menu, Tag, Tooltip, Typography, theme } from 'antd'
import { CloudUploadOutlined, DisconnectOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons'
import { useAuth } from '../auth/auth.tsx'
import { useLocale } from '../i18n/locale.tsx'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { OutboxProvider, useOutbox } from '../offline/OutboxProvider.tsx'
import { useOnline } from '../offline/online.ts'
import { NotificationBell } from './NotificationBell.tsx'
import { NAV_ITEMS, navKeyOf } from './nav.tsx'

const { Header, Sider, Content } = Layout

/** The signed-in layout; the routes render into its Outlet. The outbox of offline records lives here, so it is sent from any page. */
export function AppLayout() {
  return (
    <OutboxProvider>
      <Frame />
    </OutboxProvider>
  )
}

function Frame() {
  const { me, can, signOut } = useAuth()
  const { modal } = App.useApp()
  const online = useOnline()
  const outbox = useOutbox()
  const { t } = useLocale()
  const location = useLocation()
  const navigate = useNavigate()
  const screens = Grid.useBreakpoint()
  const wide = screens.lg ?? true
  const [drawerOpen, setDrawerOpen] = useState(false)
  const { token } = theme.useToken()

  const items = NAV_ITEMS.filter((i) => !i.needs || can(i.needs[0], i.needs[1])).map((i) => ({
    key: i.path,
    icon: i.icon,
    label: <Link to={i.path} data-testid={`nav-${i.path === '/' ? 'overview' : i.path.slice(1)}`}>{t(i.label)}</Link>,
  }))
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[navKeyOf(location.pathname)]}
      items={items}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('ui.nav.menu')}
    />
  )

  const doSignOut = async () => {
    await signOut().catch(() => undefined)
    navigate('/sign-in', { replace: true })
  }
  // records still on the phone are kept, but say so before leaving
  const onSignOut = () => {
    if (!outbox.pending) return void doSignOut()
    modal.confirm({
      title: t('ui.auth.signOut'),
      content: t('ui.outbox.signOutPending', { count: outbox.pending }),
      okText: t('ui.auth.signOut'),
      cancelText: t('ui.common.cancel'),
      onOk: doSignOut,
    })
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: 12,
          paddingInline: wide ? 24 : 12, background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {!wide && (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('ui.nav.menu')} onClick={() => setDrawerOpen(true)} data-testid="nav-toggle" />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit' }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.name')}</Typography.Text>
          {screens.md && <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{t('app.tagline')}</Typography.Text>}
        </Link>
        <Flex gap={wide ? 12 : 4} align="center" style={{ marginInlineStart: 'auto' }}>
          {!online && (
            <Tooltip title={t('ui.offline.banner')}>
              <Tag icon={<DisconnectOutlined />} style={{ marginInlineEnd: 0 }} data-testid="header-offline">{screens.sm ? t('ui.offline.tag') : null}</Tag>
            </Tooltip>
          )}
          {outbox.pending > 0 && (
            <Tooltip title={t('ui.outbox.badge', { count: outbox.pending })}>
              <Badge count={outbox.pending} size="small">
                <Button type="text" icon={<CloudUploadOutlined />} onClick={() => navigate('/ghi-nhan')} aria-label={t('ui.outbox.badge', { count: outbox.pending })} data-testid="header-outbox" />
              </Badge>
            </Tooltip>
          )}
          {online && can('issue', 'read') && <NotificationBell />}
          <Tooltip title={t('ui.nav.me')}>
            <Button type="text" icon={<UserOutlined />} onClick={() => navigate('/me')} data-testid="current-user" aria-label={screens.sm ? undefined : t('ui.nav.me')}>
              {screens.sm ? me.fullName : null}
            </Button>
          </Tooltip>
          <LanguageSwitch />
          <Tooltip title={t('ui.auth.signOut')}>
            <Button icon={<LogoutOutlined />} onClick={onSignOut} data-testid="sign-out" aria-label={t('ui.auth.signOut')}>
              {wide ? t('ui.auth.signOut') : null}
            </Button>
          </Tooltip>
        </Flex>
      </Header>
      <Layout>
        {wide ? (
          <Sider width={232} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
            <nav style={{ position: 'sticky', top: 64, paddingTop: 8 }}>{menu}</nav>
          </Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={280}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            <nav>{menu}</nav>
          </Drawer>
        )}
        <Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  )
}
