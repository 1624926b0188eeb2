/** Route guards: signed-in users only, forced password change first, permission per page. */
import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { Spin } from 'antd'
import { useAuth } from './auth.tsx'
import { Forbidden } from '../components/StatusPages.tsx'

/** Sends signed-out users to /sign-in (remembering where they were going) and users who must change their password to /me. */
export function RequireAuth() {
  const { state } = useAuth()
  const location = useLocation()
  if (state.status === 'loading') {
    return <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}><Spin size="large" /></div>
  }
  if (state.status === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search, expired: state.expired }} />
  }
  if (state.me.mustChangePassword && location.pathname !== '/me') return <Navigate to="/me" replace />
  return <Outlet />
}

/** Shows the page only when the user holds `action` on `resource`. */
export function RequirePermission({ resource, action = 'read', children }: { resource: string; action?: string; children: ReactNode }) {
  const { can } = useAuth()
  return can(resource, action) ? <>{children}</> : <Forbidden />
}
