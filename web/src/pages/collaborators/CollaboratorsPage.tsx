/** Cộng tác viên (/collaborators): the roster, the month's topics to watch, activity and allowance, settings. */
import { useSearchParams } from 'react-router-dom'
import { Tabs } from 'antd'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { RosterTab } from './RosterTab.tsx'
import { WatchTopicsTab } from './WatchTopicsTab.tsx'
import { ActivityTab } from './ActivityTab.tsx'
import { SettingsTab } from './SettingsTab.tsx'

const TABS = ['roster', 'watch', 'activity', 'settings'] as const

/** The page; the tab is in the address (?tab=watch). */
export function CollaboratorsPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const [params, setParams] = useSearchParams()
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'roster'
  const items = [
    { key: 'roster', label: t('ui.collaborators.tabRoster'), children: <RosterTab /> },
    { key: 'watch', label: t('ui.collaborators.tabWatch'), children: <WatchTopicsTab /> },
    { key: 'activity', label: t('ui.collaborators.tabActivity'), children: <ActivityTab /> },
    ...(can('collaborator', 'update') ? [{ key: 'settings', label: t('ui.collaborators.tabSettings'), children: <SettingsTab /> }] : []),
  ]
  return (
    <>
      <PageHeader title={t('ui.collaborators.title')} description={t('ui.collaborators.hint')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'roster' ? {} : { tab: k }, { replace: true })}
        items={items}
        destroyOnHidden
      />
    </>
  )
}
