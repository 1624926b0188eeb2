/**
 * The outbox of the phone capture page: records written on the phone wait here (IndexedDB, so closing the
 * browser loses nothing) until they reach POST /api/opinions.
 *
 * Never a duplicate: each record gets its `clientId` (crypto.randomUUID) when it is queued, and the server treats
 * a repeat of a clientId as the same record; so a send that reached the server but whose answer was lost is simply
 * sent again. Sends are serialised across tabs with a Web Lock where the browser has them.
 *
 * Outcomes of one send: 2xx → sent (the text and any contact are dropped from the phone, only the title stays for
 * the list); network failure, 408, 429, 5xx → retried later with backoff; 401 → the session ended: everything stays
 * queued and the app asks to sign in again; any other 4xx → kept as "needs fixing" with the server's message and
 * fields, for the user to correct and send again.
 */
import type { CreateOpinionInput } from '../../../src/shared/opinion.schema.ts'
import { ApiError } from '../api/client.ts'
import { opinionsApi } from '../api/opinions.ts'
import { surveysApi } from '../api/surveys.ts'
import type { InterviewerResponseInput } from '../../../src/shared/survey.schema.ts'
import { del, getAll, put, update } from './idb.ts'

/** A record as typed on the phone, without its clientId. */
export type OutboxPayload = Omit<CreateOpinionInput, 'clientId'>
export type FieldIssue = { path: string; code?: string; message?: string }

export type OutboxItem = {
  clientId: string
  /** the account that wrote it: only that account sends it */
  userId: string
  createdAt: string
  updatedAt: string
  status: 'pending' | 'rejected' | 'sent'
  /** what is sent; after sending only the title and day stay on the phone */
  payload: OutboxPayload | null
  title: string
  heardOn: string
  attempts: number
  /** epoch ms before which no retry is made (backoff) */
  nextAttemptAt: number
  lastError: { status: number; code: string; message: string; fields: FieldIssue[] } | null
  serverId: string | null
  sentAt: string | null
  /**
   * A survey answer entered by an interviewer instead of an opinion record (`payload` is then null): sent to
   * POST /api/surveys/:id/responses with the same clientId rule; the answers are dropped once sent.
   */
  survey?: SurveyOutboxEntry
}

/** What the phone keeps of an interviewer's survey answer. */
export type SurveyOutboxEntry = { surveyId: string; surveyTitle: string; input: Omit<InterviewerResponseInput, 'clientId'> | null }

/** Sent items kept in the list, newest first; older ones are forgotten. */
const KEEP_SENT = 30
const CHANNEL = 'caunoi-outbox'

/** Backoff before attempt n+1: 2 s, 4 s, 8 s … up to 5 min, with ±20 % jitter so phones do not retry in step. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(2000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000)
  return Math.round(base * (0.8 + 0.4 * random()))
}

/** Whether an error of a send means "try again later" rather than "the record itself is refused". */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true
  return err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500
}

type Listener = () => void
const listeners = new Set<Listener>()
let channel: BroadcastChannel | null = null

function notify(fromOtherTab = false) {
  for (const l of listeners) l()
  if (!fromOtherTab) channel?.postMessage('changed')
}

/** Calls `listener` whenever the outbox changes, in this tab or another. */
export function subscribe(listener: Listener): () => void {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = () => notify(true)
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Every item of one account, newest first. */
export async function listItems(userId: string): Promise<OutboxItem[]> {
  const items = await getAll<OutboxItem>('outbox', { name: 'userId', value: userId })
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Items written by other accounts on this phone (they wait for their own account to sign in). */
export async function countOthers(userId: string): Promise<number> {
  const items = await getAll<OutboxItem>('outbox')
  return items.filter((i) => i.userId !== userId && i.status !== 'sent').length
}

/** Unsent records of any account on this device (shown on the sign-in page). */
export async function countUnsent(): Promise<number> {
  const items = await getAll<OutboxItem>('outbox')
  return items.filter((i) => i.status !== 'sent').length
}

/** Queues a record, or replaces the payload of a queued or refused one (same clientId, so still no duplicate). */
export async function enqueue(userId: string, payload: OutboxPayload, clientId: string = crypto.randomUUID()): Promise<OutboxItem> {
  const now = new Date().toISOString()
  const saved = await update<OutboxItem>('outbox', clientId, (cur) => {
    if (cur?.status === 'sent') return cur
    return {
      clientId,
      userId,
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
      status: 'pending',
      payload,
      title: payload.title,
      heardOn: payload.heardOn,
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      serverId: null,
      sentAt: null,
    }
  })
  // a queued record should survive storage pressure; browsers may say no, which changes nothing else
  navigator.storage?.persist?.().catch(() => undefined)
  notify()
  return saved!
}

/** Queues an interviewer's survey answer (a new clientId each time: one respondent, one answer). */
export async function enqueueSurveyResponse(userId: string, entry: SurveyOutboxEntry & { input: Omit<InterviewerResponseInput, 'clientId'> }): Promise<OutboxItem> {
  const now = new Date().toISOString()
  const clientId = crypto.randomUUID()
  const item: OutboxItem = {
    clientId, userId, createdAt: now, updatedAt: now, status: 'pending', payload: null, title: entry.surveyTitle, heardOn: now.slice(0, 10),
    attempts: 0, nextAttemptAt: 0, lastError: null, serverId: null, sentAt: null, survey: entry,
  }
  await put('outbox', item)
  navigator.storage?.persist?.().catch(() => undefined)
  notify()
  return item
}

/** Removes an unsent item (after the user confirmed). */
export async function discard(clientId: string): Promise<void> {
  await del('outbox', clientId)
  notify()
}

async function forgetOldSent(userId: string) {
  const sent = (await listItems(userId)).filter((i) => i.status === 'sent')
  for (const old of sent.slice(KEEP_SENT)) await del('outbox', old.clientId)
}

export type SyncResult = { sent: number; rejected: number; waiting: number; needsSignIn: boolean }

/** Sends one item; returns what happened to it. */
async function sendOne(item: OutboxItem): Promise<'sent' | 'rejected' | 'retry' | 'auth'> {
  const survey = item.survey
  if (!item.payload && !survey?.input) return 'sent'
  try {
    const serverId = survey?.input
      ? (await surveysApi.respond(survey.surveyId, { ...survey.input, clientId: item.clientId })).response.id
      : (await opinionsApi.create({ ...item.payload!, clientId: item.clientId })).id
    await update<OutboxItem>('outbox', item.clientId, (cur) => cur && {
      ...cur, status: 'sent', payload: null, serverId, sentAt: new Date().toISOString(), lastError: null, updatedAt: new Date().toISOString(),
      ...(cur.survey ? { survey: { ...cur.survey, input: null } } : {}),
    })
    return 'sent'
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.code === 'PASSWORD_CHANGE_REQUIRED')) return 'auth'
    const attempts = item.attempts + 1
    if (isRetryable(err)) {
      await update<OutboxItem>('outbox', item.clientId, (cur) => cur && { ...cur, attempts, nextAttemptAt: Date.now() + backoffMs(attempts) })
      return 'retry'
    }
    const e = err as ApiError
    const fields = (e.details as { fields?: FieldIssue[] } | undefined)?.fields
    await update<OutboxItem>('outbox', item.clientId, (cur) => cur && {
      ...cur,
      status: 'rejected',
      attempts,
      lastError: { status: e.status, code: e.code, message: e.message, fields: Array.isArray(fields) ? fields : [] },
      updatedAt: new Date().toISOString(),
    })
    return 'rejected'
  }
}

async function withLock<T>(fn: () => Promise<T>): Promise<T | null> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks
  if (!locks) return fn()
  // ifAvailable: another tab is already sending; it will send these too
  return locks.request(CHANNEL, { ifAvailable: true }, async (lock) => (lock ? fn() : null))
}

let running: Promise<SyncResult | null> | null = null

/**
 * Sends what is due for `userId`, oldest first. `force` ignores the backoff (the user pressed "Gửi lại",
 * or the network just came back). Stops at the first network failure or ended session.
 */
export function sync(userId: string, force = false): Promise<SyncResult | null> {
  running ??= (async () => {
    try {
      return await withLock(async () => {
        const result: SyncResult = { sent: 0, rejected: 0, waiting: 0, needsSignIn: false }
        const due = (await listItems(userId)).filter((i) => i.status === 'pending').reverse()
        for (const item of due) {
          if (!force && item.nextAttemptAt > Date.now()) {
            result.waiting++
            continue
          }
          const outcome = await sendOne(item)
          notify()
          if (outcome === 'sent') result.sent++
          else if (outcome === 'rejected') result.rejected++
          else {
            result.waiting = due.filter((i) => i.status === 'pending').length - result.sent - result.rejected
            result.needsSignIn = outcome === 'auth'
            break
          }
        }
        await forgetOldSent(userId)
        return result
      })
    } finally {
      running = null
    }
  })()
  return running
}

/** The soonest time a queued item of `userId` may be retried, or null when nothing waits. */
export async function nextRetryAt(userId: string): Promise<number | null> {
  const pending = (await listItems(userId)).filter((i) => i.status === 'pending')
  if (!pending.length) return null
  return Math.min(...pending.map((i) => i.nextAttemptAt))
}

/** Writes an item back as is (tests and repairs). */
export function saveItem(item: OutboxItem): Promise<void> {
  return put('outbox', item)
}
