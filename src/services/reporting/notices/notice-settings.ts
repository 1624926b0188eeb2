/**
 * When notices go out: the setting `reporting.noticeSchedule` (JSON, e.g. `{ "reminderDays": [5, 2], "escalateAfterDays": 3 }`),
 * each field defaulting to DEFAULT_NOTICE_SCHEDULE. A value that does not fit is not used (the default applies) and is
 * reported in the job's result, so a typo never stops every reminder. Deadline and obligation rules come from the
 * reporting settings (reporting-settings.ts), the same ones the compliance board judges by.
 */
import { z } from 'zod'
import type { Db } from '../../../db/connect.ts'
import { getSetting } from '../../../db/repos/setting.repo.ts'
import { DEFAULT_NOTICE_SCHEDULE, type NoticeSchedule } from '../../../domain/reporting/deadlines.ts'

export const NOTICE_SCHEDULE_SETTING = 'reporting.noticeSchedule'

const scheduleSchema = z.strictObject({
  reminderDays: z.array(z.number().int().min(1).max(60)).max(10).optional(),
  escalateAfterDays: z.number().int().min(0).max(60).optional(),
})

/** The schedule in force, and whether the stored setting had to be ignored. */
export async function readNoticeSchedule(db: Db): Promise<{ schedule: NoticeSchedule; invalid: boolean }> {
  const value = await getSetting(db, NOTICE_SCHEDULE_SETTING)
  if (value === undefined) return { schedule: DEFAULT_NOTICE_SCHEDULE, invalid: false }
  const parsed = scheduleSchema.safeParse(value)
  return parsed.success ? { schedule: { ...DEFAULT_NOTICE_SCHEDULE, ...parsed.data }, invalid: false } : { schedule: DEFAULT_NOTICE_SCHEDULE, invalid: true }
}
