/** Who is signed in: loads /api/auth/me once, and forgets the user on sign-out or on any 401. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { MeView } from '../../../src/shared/schemas.ts'
import { ApiError, setPasswordChangeHandler, setUnauthenticatedHandler } from '../api/client.ts'
import { authApi } from '../api/endpoints.ts'

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; me: MeView }

type AuthValue = {
  state: AuthState
  /** the signed-in user; only call inside RequireAuth */
  me: MeView
  signIn: (username: string, password: string) => Promise<MeView>
  signOut: () => Promise<void>
  refresh: () => Promise<void>
  /** true when the user's permissions on `resource` include `action` */
  can: (resource: string, action: string) => boolean
}

const AuthContext = createContext<AuthValue | null>(null)

/** True when `me.permissions[resource]` includes `action`. */
export function hasPermission(me: MeView | null, resource: string, action: string): boolean {
  return !!me?.permissions[resource]?.includes(action)
}

/** Holds the session state for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' })

  const refresh = useCallback(async () => {
    try {
      const me = await authApi.me()
      setState({ status: 'signed-in', me })
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setState({ status: 'signed-out', expired: false })
      else throw err
    }
  }, [])

  useEffect(() => {
    // A 401 on any call means the session ended (expired, signed out elsewhere, account locked).
    setUnauthenticatedHandler(() => setState((s) => ({ status: 'signed-out', expired: s.status === 'signed-in' })))
    // an admin reset the password meanwhile: reload the user so the guard sends them to change it
    setPasswordChangeHandler(() => { refresh().catch(() => undefined) })
    refresh().catch(() => setState({ status: 'signed-out', expired: false }))
    return () => {
      setUnauthenticatedHandler(null)
      setPasswordChangeHandler(null)
    }
  }, [refresh])

  const signIn = useCallback(async (username: string, password: string) => {
    const { user } = await authApi.login(username, password)
    setState({ status: 'signed-in', me: user })
    return user
  }, [])

  const signOut = useCallback(async () => {
    try {
      await authApi.logout()
    } finally {
      setState({ status: 'signed-out', expired: false })
    }
  }, [])

  const value = useMemo<AuthValue>(() => {
    const me = state.status === 'signed-in' ? state.me : null
    return {
      state,
      get me() {
        if (!me) throw new Error('useAuth().me outside RequireAuth')
        return me
      },
      signIn,
      signOut,
      refresh,
      can: (resource, action) => hasPermission(me, resource, action),
    }
  }, [state, signIn, signOut, refresh])

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

/** The session state and its actions. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth outside AuthProvider')
  return value
}
