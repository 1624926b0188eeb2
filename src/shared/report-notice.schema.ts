/** Zod schemas and output types of the reminder log (nhật ký nhắc hạn): GET /api/reporting/notices. */
import { z } from 'zod'

/** A period key: "2026-11", "2026-H1", "2026", or an ad hoc "A:2026-11-03..2026-11-10:<id>". */
export const periodKey = z.string().max(100).regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-H[12]|\d{4}|A:\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}(:[\w-]+)?)$/, 'FIELD_INVALID')

export const reportNoticesQuery = z.object({ period: periodKey })

/** One row of the log: a reminder, overdue notice or escalation, to whom, by which channel, how it went. */
export type ReportNoticeView = {
  id: string
  kind: 'reminder' | 'overdue' | 'escalation'
  /** the local day it was due on */
  day: string
  unitId: string
  unitCode: string
  unitName: string
  recipientUserId: string | null
  /** null when nobody could receive it (status no_recipient) */
  recipientName: string | null
  channel: 'in_app' | 'email'
  /** sent | failed | no_recipient, or pending / sending while an e-mail is on its way */
  status: 'sent' | 'failed' | 'no_recipient' | 'pending' | 'sending'
  /** why it failed (mail server's answer) or an error code (NOTICE_NO_EMAIL) */
  error: string | null
  createdAt: string
}
