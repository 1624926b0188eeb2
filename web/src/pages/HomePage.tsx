/** The home page: a collaborator (whose only work is recording) lands on the capture page, everyone else on the overview. */
import type { ReactNode } from 'react'
import { Navigate } from 'react-router-dom'
import { useAuth } from '../auth/auth.tsx'

/** Chooses the home for the signed-in user. */
export function HomePage({ overview }: { overview: ReactNode }) {
  const { me } = useAuth()
  const onlyCollaborator = me.roles.length > 0 && me.roles.every((r) => r.role === 'collaborator')
  return onlyCollaborator ? <Navigate to="/ghi-nhan" replace /> : <>{overview}</>
}
