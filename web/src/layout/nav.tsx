/** The navigation of the app, in the plan's order; items the user may not read are left out. */
import type { ReactNode } from 'react'
import {
  ApartmentOutlined, AlertOutlined, AuditOutlined, CheckSquareOutlined, DashboardOutlined, FileDoneOutlined, EditOutlined, FileTextOutlined, FormOutlined, GlobalOutlined,
  IdcardOutlined, LineChartOutlined, MessageOutlined, SolutionOutlined, SoundOutlined, TeamOutlined,
} from '@ant-design/icons'
import type { MessageKey } from '../i18n/messages.ts'

export type NavItem = {
  path: string
  label: MessageKey
  icon: ReactNode
  /** [resource, action] the user must hold; none for pages everyone signed in may open */
  needs?: [string, string]
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'ui.nav.overview', icon: <DashboardOutlined /> },
  { path: '/trends', label: 'ui.nav.trends', icon: <LineChartOutlined />, needs: ['trend', 'read'] },
  { path: '/ghi-nhan', label: 'ui.nav.capture', icon: <EditOutlined />, needs: ['opinion', 'create'] },
  { path: '/opinions', label: 'ui.nav.opinions', icon: <MessageOutlined />, needs: ['opinion', 'read'] },
  { path: '/issues', label: 'ui.nav.issues', icon: <AlertOutlined />, needs: ['issue', 'read'] },
  { path: '/meetings', label: 'ui.nav.meetings', icon: <SoundOutlined />, needs: ['meeting', 'read'] },
  { path: '/reports', label: 'ui.nav.reports', icon: <FileTextOutlined />, needs: ['report', 'read'] },
  { path: '/compliance', label: 'ui.nav.compliance', icon: <CheckSquareOutlined />, needs: ['ward_report', 'read'] },
  { path: '/ward-reports', label: 'ui.nav.wardReport', icon: <FileDoneOutlined />, needs: ['ward_report', 'read'] },
  { path: '/surveys', label: 'ui.nav.surveys', icon: <FormOutlined />, needs: ['survey', 'read'] },
  { path: '/phieu-dieu-tra', label: 'ui.surveys.interviewNav', icon: <SolutionOutlined />, needs: ['survey_response', 'create'] },
  { path: '/media', label: 'ui.nav.media', icon: <GlobalOutlined /> },
  { path: '/collaborators', label: 'ui.nav.collaborators', icon: <TeamOutlined />, needs: ['collaborator', 'read'] },
  { path: '/units', label: 'ui.nav.units', icon: <ApartmentOutlined />, needs: ['unit', 'read'] },
  { path: '/users', label: 'ui.nav.users', icon: <IdcardOutlined />, needs: ['user', 'read'] },
  { path: '/audit', label: 'ui.nav.audit', icon: <AuditOutlined />, needs: ['audit', 'read'] },
]

/** The nav item a location belongs to ("/units/abc" → "/units"). */
export function navKeyOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? ''
  return first ? `/${first}` : '/'
}
