/**
 * Writes in-app notifications for users, in the caller's transaction. Generic: referral reminders use it now, report
 * deadlines later. Texts are made here in Vietnamese from the i18n file ("notifications"); `kind` lets the web app
 * pick an icon or its own wording.
 */
import { insertNotifications } from '../../db/repos/notification.repo.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import { newId, type ServiceContext } from '../context.ts'

export type NotificationKind = keyof typeof vi.notifications

export type Notice = {
  userIds: string[]
  kind: NotificationKind
  /** values of the `{name}` placeholders of the kind's title and body */
  params: Record<string, string | number>
  link: string | null
  /** the same key (with each user id appended) is the same notification: writing it again adds nothing */
  dedupKey: string
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))

/** A local day as Vietnamese write it: 2026-11-30 → 30/11/2026. */
export function viDay(day: string): string {
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

/** Writes the notices; returns how many notifications were new. */
export async function notify(db: ServiceContext['db'], now: Date, notices: Notice[]): Promise<number> {
  const rows = notices.flatMap((n) => {
    const text = vi.notifications[n.kind]
    return [...new Set(n.userIds)].map((userId) => ({
      id: newId(), user_id: userId, kind: n.kind, title: fill(text.title, n.params), body: fill(text.body, n.params),
      link: n.link, created_at: now.toISOString(), read_at: null, dedup_key: `${n.dedupKey}:${userId}`,
    }))
  })
  return (await insertNotifications(db, rows)).length
}
