/**
 * Sends the e-mails the notices queued (report_notice rows with channel email, status pending), after the day's
 * transaction has committed, so a slow mail server never holds the database. Each row is claimed first
 * (pending → sending) and then marked sent, or failed with the server's answer: at most once — a process that dies
 * between claiming and sending leaves the row in `sending` rather than risk a second copy. The text is the in-app
 * notification's, with the app's address when one is configured.
 */
import { claimPendingMail, finishMail, listNotificationsByDedupKeys, listPendingMail } from '../../../db/repos/report-notice.repo.ts'
import vi from '../../../shared/i18n/vi.json' with { type: 'json' }
import type { ServiceContext } from '../../context.ts'
import { createMailer, type Mailer } from '../../mail/mailer.ts'
import { NOTICE_NOTIFICATION_PREFIX } from './send-report-notices.ts'

/** What one delivery round did. */
export type MailDelivery = { sent: number; failed: number }

/** Sends every pending notice e-mail (none without SMTP_URL). `mailer` is for callers that bring their own. */
export async function deliverNoticeMail(ctx: ServiceContext, mailer: Mailer | null = createMailer(ctx.config)): Promise<MailDelivery> {
  const out: MailDelivery = { sent: 0, failed: 0 }
  if (!mailer) return out
  try {
    const pending = await listPendingMail(ctx.db)
    // "<notice key>:<user id>:email" → the in-app notification "report-notice:<notice key>:<user id>"
    const textKey = (dedupKey: string) => NOTICE_NOTIFICATION_PREFIX + dedupKey.slice(0, -':email'.length)
    const texts = new Map((await listNotificationsByDedupKeys(ctx.db, pending.map((p) => textKey(p.dedup_key)))).map((n) => [n.dedup_key, n]))
    const origin = ctx.config.publicOrigins[0]
    for (const p of pending) {
      if (!(await claimPendingMail(ctx.db, p.id))) continue
      const text = texts.get(textKey(p.dedup_key))
      if (!p.email || !text) {
        await finishMail(ctx.db, p.id, 'failed', p.email ? 'NOTICE_NO_TEXT' : 'NOTICE_NO_EMAIL')
        out.failed++
        continue
      }
      try {
        await mailer.send({
          to: p.email,
          subject: text.title,
          text: [vi.reportNotices.mailGreeting.replace('{name}', p.full_name), '', text.body, ...(origin && text.link ? ['', origin.replace(/\/$/, '') + text.link] : []), '', '--', vi.reportNotices.mailFooter].join('\n'),
        })
        await finishMail(ctx.db, p.id, 'sent', null)
        out.sent++
      } catch (e) {
        await finishMail(ctx.db, p.id, 'failed', (e instanceof Error ? e.message : String(e)).slice(0, 500))
        out.failed++
      }
    }
  } finally {
    mailer.close()
  }
  return out
}
