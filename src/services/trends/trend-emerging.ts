/**
 * Emerging terms: words and phrases of the records of the last N days whose share rose most against the 28 days
 * before (src/domain/spikes.ts `emergingTerms` over `termCounts`), pieces of one phrase grouped and named by the
 * phrase as written, each with its records now and before and a link to them. Reads the texts of the two
 * windows, at most MAX_TEXTS each (past that a uniform sample, so shares stay comparable).
 */
import { countOpinionTexts, listOpinionTexts } from '../../db/repos/trend.repo.ts'
import { emergingTerms } from '../../domain/spikes.ts'
import { addDays } from '../../domain/trends.ts'
import type { TrendEmerging, TrendEmergingQuery } from '../../shared/trend.schema.ts'
import { termCounts } from '../../text/terms.ts'
import type { ServiceContext } from '../context.ts'
import { groupTerms, holds, isPhrase, textDoc } from './term-phrases.ts'
import { dayOrToday, trendScope, windowOf } from './trend-scope.ts'

/** Records read per window at most. */
export const MAX_TEXTS = 5000
export const BASELINE_DAYS = 28
const LIMIT = 20

/** The opinion list for a phrase in a period (quoted; accents need not be typed). */
export function termHref(phrase: string, from: string, to: string, filter: { unitId?: string }): string {
  const p = new URLSearchParams({ q: `"${phrase}"`, from, to, ...(filter.unitId ? { unitId: filter.unitId } : {}) })
  return `/opinions?${p.toString()}`
}

export async function trendEmerging(ctx: ServiceContext, q: TrendEmergingQuery): Promise<TrendEmerging> {
  const scope = await trendScope(ctx, q.unitId)
  const day = dayOrToday(ctx, q.day)
  const current = { from: addDays(day, -(q.days - 1)), to: day }
  const baseline = { from: addDays(current.from, -BASELINE_DAYS), to: addDays(current.from, -1) }
  const [nc, nb, rc, rb] = await Promise.all([
    countOpinionTexts(ctx.db, windowOf(scope, current)), countOpinionTexts(ctx.db, windowOf(scope, baseline)),
    listOpinionTexts(ctx.db, windowOf(scope, current), MAX_TEXTS), listOpinionTexts(ctx.db, windowOf(scope, baseline), MAX_TEXTS),
  ])
  const now = rc.map(textDoc)
  const before = rb.map(textDoc)
  const ranked = emergingTerms(termCounts(now.map((d) => d.text)), termCounts(before.map((d) => d.text)), { limit: 400 }).filter((t) => isPhrase(t.term))
  const byTerm = new Map(ranked.map((t) => [t.term, t]))
  const terms = groupTerms(ranked.map((t) => t.term), now, LIMIT).map((g) => {
    const c = now.filter((d) => holds(d, g.phrase)).length
    const b = before.filter((d) => holds(d, g.phrase)).length
    return {
      term: g.phrase, label: g.label, current: c, baseline: b,
      // the ranking is the best piece's; the rise is the phrase's own share of the records, smoothed by one
      score: (byTerm.get(g.members[0] as string) as { score: number }).score,
      rise: ((c + 1) / (now.length + 1)) / ((b + 1) / (before.length + 1)),
      href: termHref(g.phrase, current.from, current.to, q),
    }
  })
  return { day, days: q.days, current: { ...current, records: nc }, baseline: { ...baseline, records: nb }, terms, sampled: nc > MAX_TEXTS || nb > MAX_TEXTS }
}
