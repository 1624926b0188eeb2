/**
 * The app's own IndexedDB database ("caunoi"), with a small promise wrapper over the raw API.
 * Stores: `outbox` (records waiting to be sent, key clientId), `drafts` (the capture form as typed, key userId),
 * `cache` (what the capture page needs offline: the signed-in user, topics to watch, units, areas; key string).
 * It outlives closing the browser; the browser may clear it only under storage pressure unless persisted
 * (navigator.storage.persist, asked for when the first record is queued).
 */
const DB_NAME = 'caunoi'
const DB_VERSION = 1
export type StoreName = 'outbox' | 'drafts' | 'cache'

let opening: Promise<IDBDatabase> | null = null

/** Opens (and creates or upgrades) the database once per page. */
export function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION)
    req.onupgradeneeded = () => {
      const db = req.result
      if (!db.objectStoreNames.contains('outbox')) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'clientId' })
        outbox.createIndex('userId', 'userId')
      }
      if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'key' })
      if (!db.objectStoreNames.contains('cache')) db.createObjectStore('cache', { keyPath: 'key' })
    }
    req.onsuccess = () => {
      const db = req.result
      // another tab upgrading the schema: let it, and reopen on next use
      db.onversionchange = () => {
        db.close()
        opening = null
      }
      resolve(db)
    }
    req.onerror = () => {
      opening = null
      reject(req.error ?? new Error('indexedDB.open failed'))
    }
    req.onblocked = () => undefined
  })
  return opening
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

/** Runs `fn` in one transaction and resolves when the transaction has committed (not merely when requests ended). */
export async function tx<T>(stores: StoreName | StoreName[], mode: IDBTransactionMode, fn: (t: IDBTransaction) => Promise<T> | T): Promise<T> {
  const db = await openDb()
  const t = db.transaction(stores, mode)
  const committed = new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve()
    t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'))
    t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'))
  })
  const result = await fn(t)
  await committed
  return result
}

/** One value by key, or undefined. */
export function get<T>(store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  return tx(store, 'readonly', (t) => done(t.objectStore(store).get(key)) as Promise<T | undefined>)
}

/** Every value of a store (or of one index value). */
export function getAll<T>(store: StoreName, index?: { name: string; value: IDBValidKey }): Promise<T[]> {
  return tx(store, 'readonly', (t) => {
    const s = t.objectStore(store)
    return done(index ? s.index(index.name).getAll(index.value) : s.getAll()) as Promise<T[]>
  })
}

/** Writes a value (insert or replace). */
export function put<T>(store: StoreName, value: T): Promise<void> {
  return tx(store, 'readwrite', async (t) => {
    await done(t.objectStore(store).put(value))
  })
}

/** Deletes one key. */
export function del(store: StoreName, key: IDBValidKey): Promise<void> {
  return tx(store, 'readwrite', async (t) => {
    await done(t.objectStore(store).delete(key))
  })
}

/** Reads, changes and writes one value in a single transaction; `change` returning undefined deletes it. */
export function update<T>(store: StoreName, key: IDBValidKey, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
  return tx(store, 'readwrite', async (t) => {
    const s = t.objectStore(store)
    const next = change((await done(s.get(key))) as T | undefined)
    if (next === undefined) await done(s.delete(key))
    else await done(s.put(next))
    return next
  })
}
