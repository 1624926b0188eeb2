/**
 * Who is signed in: loads /api/auth/me once, and forgets the user on sign-out or on any 401.
 * Without a network the last signed-in user (kept in localStorage) is used, so the capture page opens offline;
 * when the network comes back the session is checked again, and an ended session sends the user to sign in.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { MeView } from '../../../src/shared/schemas.ts'
import { ApiError, setPasswordChangeHandler, setUnauthenticatedHandler } from '../api/client.ts'
import { authApi } from '../api/endpoints.ts'

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; me: MeView; offline?: boolean }

type AuthValue = {
  state: AuthState
  /** the signed-in user; only call inside RequireAuth */
  me: MeView
  signIn: (username: string, password: string) => Promise<MeView>
  signOut: () => Promise<void>
  refresh: () => Promise<void>
  /** true when the user's permissions on `resource` include `action` */
  can: (resource: string, action: string) => boolean
  /** the unit paths where the user may take `action` on `resource`; undefined when not known (an older saved session) */
  reach: (resource: string, action: string) => string[] | undefined
}

const AuthContext = createContext<AuthValue | null>(null)
const ME_KEY = 'caunoi.me'

function rememberMe(me: MeView | null) {
  try {
    if (me) localStorage.setItem(ME_KEY, JSON.stringify(me))
    else localStorage.removeItem(ME_KEY)
  } catch {
    // storage disabled: offline start is not possible, everything else works
  }
}

function rememberedMe(): MeView | null {
  try {
    const raw = localStorage.getItem(ME_KEY)
    return raw ? (JSON.parse(raw) as MeView) : null
  } catch {
    return null
  }
}

/** True when `me.permissions[resource]` includes `action`. */
export function hasPermission(me: MeView | null, resource: string, action: string): boolean {
  return !!me?.permissions[resource]?.includes(action)
}

/** Holds the session state for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state

  const refresh = useCallback(async () => {
    try {
      const me = await authApi.me()
      rememberMe(me)
      setState({ status: 'signed-in', me })
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        rememberMe(null)
        setState((s) => ({ status: 'signed-out', expired: s.status === 'signed-in' }))
        return
      }
      // no network: carry on as the last signed-in user; the server decides again once it can be reached
      const remembered = err instanceof ApiError && err.code === 'NETWORK' ? rememberedMe() : null
      if (remembered) setState({ status: 'signed-in', me: remembered, offline: true })
      else throw err
    }
  }, [])

  useEffect(() => {
    // A 401 on any call means the session ended (expired, signed out elsewhere, account locked).
    setUnauthenticatedHandler(() => {
      rememberMe(null)
      setState((s) => ({ status: 'signed-out', expired: s.status === 'signed-in' }))
    })
    // an admin reset the password meanwhile: reload the user so the guard sends them to change it
    setPasswordChangeHandler(() => { refresh().catch(() => undefined) })
    refresh().catch(() => setState({ status: 'signed-out', expired: false }))
    // back online after starting offline: ask the server who we are (an ended session goes to sign-in)
    const onOnline = () => {
      const s = stateRef.current
      if (s.status === 'signed-in' && s.offline) refresh().catch(() => undefined)
    }
    window.addEventListener('online', onOnline)
    return () => {
      setUnauthenticatedHandler(null)
      setPasswordChangeHandler(null)
      window.removeEventListener('online', onOnline)
    }
  }, [refresh])

  const signIn = useCallback(async (username: string, password: string) => {
    const { user } = await authApi.login(username, password)
    rememberMe(user)
    setState({ status: 'signed-in', me: user })
    return user
  }, [])

  const signOut = useCallback(async () => {
    try {
      await authApi.logout()
    } finally {
      rememberMe(null)
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
      reach: (resource, action) => (me?.scopes ? (me.scopes[resource]?.[action] ?? []) : undefined),
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
