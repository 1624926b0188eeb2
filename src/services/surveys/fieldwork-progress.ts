/** Fieldwork progress (visible while open): answers in total, by channel, by local day, and each quota cell against its target. */
import { listResponseCells } from '../../db/repos/survey-response.repo.ts'
import { localDay } from '../../domain/time.ts'
import { quotaProgress } from '../../domain/survey/quotas.ts'
import { RESPONSE_CHANNELS, type FieldworkProgress, type SurveyStatus } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { quotaCells } from './response-rules.ts'
import { quotasOf } from './survey-views.ts'

export async function fieldworkProgress(ctx: ServiceContext, surveyId: string): Promise<FieldworkProgress> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  const cells = await listResponseCells(ctx.db, row.id)
  const byChannel = new Map<string, number>()
  const byDay = new Map<string, number>()
  for (const c of cells) {
    byChannel.set(c.channel, (byChannel.get(c.channel) ?? 0) + 1)
    const day = localDay(new Date(c.submitted_at))
    byDay.set(day, (byDay.get(day) ?? 0) + 1)
  }
  const profiles = cells.map((c) => ({
    ...(c.area !== null ? { area: c.area } : {}), ...(c.sex !== null ? { sex: c.sex } : {}),
    ...(c.age_group !== null ? { ageGroup: c.age_group } : {}), ...(c.social_group !== null ? { socialGroup: c.social_group } : {}),
  }))
  return {
    status: row.status as SurveyStatus,
    total: cells.length,
    plannedSample: row.planned_sample,
    byChannel: RESPONSE_CHANNELS.map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
    byDay: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count })),
    quotas: quotaProgress(quotaCells(quotasOf(row)), profiles).map((p) => ({
      key: p.key, criteria: p.criteria, target: p.target, count: p.count, remaining: p.remaining, percent: p.percent, full: p.full, closeWhenFull: !!p.closeWhenFull,
    })),
  }
}
