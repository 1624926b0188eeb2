/** The capture form as it is being typed, one draft per account, so a closed tab or a dead battery loses nothing. */
import { del, get, put } from './idb.ts'

type Draft<T> = { key: string; values: T; editing: string | null; savedAt: string }

/** The saved draft of an account: the form values and, when fixing a refused record, its clientId. */
export async function loadDraft<T>(userId: string): Promise<{ values: T; editing: string | null } | null> {
  const d = await get<Draft<T>>('drafts', userId).catch(() => undefined)
  return d ? { values: d.values, editing: d.editing } : null
}

/** Saves the draft (called as the user types, debounced). */
export function saveDraft<T>(userId: string, values: T, editing: string | null): Promise<void> {
  return put<Draft<T>>('drafts', { key: userId, values, editing, savedAt: new Date().toISOString() })
}

/** Drops the draft once it is queued or cleared. */
export function clearDraft(userId: string): Promise<void> {
  return del('drafts', userId)
}
