/**
 * What the capture page needs when there is no network, kept per signed-in account in IndexedDB: the month's
 * topics to watch, the units and the areas. Each load goes to the server first and keeps the answer; when the
 * server cannot be reached the last answer is used, with the time it was fetched.
 */
import { ApiError } from '../api/client.ts'
import { get, getAll, del, put } from './idb.ts'

type Entry<T> = { key: string; userId: string; value: T; savedAt: string }
export type Snapshot<T> = { value: T; savedAt: string | null; stale: boolean }

/** Loads from the server and remembers the answer; on a network failure returns the remembered one (or throws). */
export async function loadWithSnapshot<T>(userId: string, name: string, load: () => Promise<T>): Promise<Snapshot<T>> {
  const key = `${userId}:${name}`
  try {
    const value = await load()
    const savedAt = new Date().toISOString()
    await put<Entry<T>>('cache', { key, userId, value, savedAt }).catch(() => undefined)
    return { value, savedAt, stale: false }
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'NETWORK') throw err
    const entry = await get<Entry<T>>('cache', key).catch(() => undefined)
    if (!entry) throw err
    return { value: entry.value, savedAt: entry.savedAt, stale: true }
  }
}

/** Forgets everything remembered for an account (on sign-out). */
export async function forgetSnapshots(userId: string): Promise<void> {
  const all = await getAll<Entry<unknown>>('cache')
  for (const e of all) if (e.userId === userId) await del('cache', e.key)
}
