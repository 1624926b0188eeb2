/**
 * Keeps the signed-in account's outbox in React state and sends it: when the app starts, when the network comes
 * back (the `online` event), when the tab becomes visible again, and on a timer that follows the backoff.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useAuth } from '../auth/auth.tsx'
import { countOthers, listItems, nextRetryAt, subscribe, sync, type OutboxItem, type SyncResult } from './outbox.ts'

type OutboxValue = {
  items: OutboxItem[]
  /** waiting to be sent (not refused) */
  pending: number
  /** refused by the server, to be fixed */
  rejected: number
  /** unsent records of other accounts on this device */
  others: number
  syncing: boolean
  lastResult: SyncResult | null
  /** false until IndexedDB answered once */
  ready: boolean
  /** sends now, ignoring the backoff */
  sendNow: () => Promise<void>
  refresh: () => Promise<void>
}

const OutboxContext = createContext<OutboxValue | null>(null)

/** Provides the outbox of the signed-in user (must sit inside RequireAuth). */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth()
  const userId = me.id
  const [items, setItems] = useState<OutboxItem[]>([])
  const [others, setOthers] = useState(0)
  const [ready, setReady] = useState(false)
  const [syncing, setSyncing] = useState(false)
  const [lastResult, setLastResult] = useState<SyncResult | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const refresh = useCallback(async () => {
    try {
      const [mine, other] = await Promise.all([listItems(userId), countOthers(userId)])
      setItems(mine)
      setOthers(other)
    } catch {
      // IndexedDB refused (private mode in some browsers): the page says it cannot keep records offline
    } finally {
      setReady(true)
    }
  }, [userId])

  const run = useCallback(async (force: boolean) => {
    if (!navigator.onLine) return
    setSyncing(true)
    try {
      const result = await sync(userId, force)
      if (result) setLastResult(result)
    } catch {
      // IndexedDB or lock failure: the timer tries again
    } finally {
      setSyncing(false)
      await refresh()
      // the next retry of what is still waiting
      if (timer.current) clearTimeout(timer.current)
      const at = await nextRetryAt(userId).catch(() => null)
      if (at !== null) timer.current = setTimeout(() => { void run(false) }, Math.max(1000, at - Date.now()))
    }
  }, [userId, refresh])

  useEffect(() => {
    void refresh().then(() => run(false))
    const unsubscribe = subscribe(() => { void refresh() })
    const onOnline = () => { void run(true) }
    const onVisible = () => { if (document.visibilityState === 'visible') void run(false) }
    window.addEventListener('online', onOnline)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      unsubscribe()
      window.removeEventListener('online', onOnline)
      document.removeEventListener('visibilitychange', onVisible)
      if (timer.current) clearTimeout(timer.current)
    }
  }, [refresh, run])

  const value = useMemo<OutboxValue>(() => ({
    items,
    pending: items.filter((i) => i.status === 'pending').length,
    rejected: items.filter((i) => i.status === 'rejected').length,
    others,
    syncing,
    lastResult,
    ready,
    sendNow: () => run(true),
    refresh,
  }), [items, others, syncing, lastResult, ready, run, refresh])

  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>
}

/** The outbox of the signed-in user. */
export function useOutbox(): OutboxValue {
  const value = useContext(OutboxContext)
  if (!value) throw new Error('useOutbox outside OutboxProvider')
  return value
}
