/** Opinion records for tests, made through the opinions service (so streams, topics and search text are as in real use). */
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import type { ServiceContext } from '../../src/services/context.ts'
import type { Topic } from '../../src/shared/enums.ts'
import { localDay } from '../../src/domain/time.ts'

export type BuiltOpinion = { id: string; streamIds: string[] }

/** One record with one stream (or one per summary given) at a unit, heard on a day (default the context's today). */
export async function buildOpinion(
  ctx: ServiceContext,
  o: { unitId: string; title: string; content?: string; topics?: Topic[]; summaries?: string[]; heardOn?: string },
): Promise<BuiltOpinion> {
  const summaries = o.summaries ?? [o.title]
  const { opinion } = await createOpinion(ctx, {
    channel: 'collaborator',
    unitId: o.unitId,
    heardOn: o.heardOn ?? localDay(ctx.now),
    title: o.title,
    content: o.content ?? o.title,
    streams: summaries.map((summary) => ({
      summary, topics: o.topics ?? ['khac'], direction: 'concern' as const, intensity: 'high' as const, breadth: 'many' as const, groups: [], latent: false, hotSpot: false,
    })),
  })
  return { id: opinion.id, streamIds: opinion.streams.map((s) => s.id) }
}
