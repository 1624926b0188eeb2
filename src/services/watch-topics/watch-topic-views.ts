/** Turns topic rows into WatchTopicView, with the unit that set them. */
import type { Selectable } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { WatchTopicTable } from '../../db/database.ts'
import { listUnitLabels } from '../../db/repos/collaborator.repo.ts'
import type { WatchTopicView } from '../../shared/collaborator.schema.ts'

export type WatchTopicRow = Selectable<WatchTopicTable>

export async function toWatchTopicViews(db: Db, rows: WatchTopicRow[]): Promise<WatchTopicView[]> {
  const units = new Map((await listUnitLabels(db, rows.map((r) => r.unit_id))).map((u) => [u.id, u]))
  return rows.map((r) => {
    const unit = units.get(r.unit_id)
    return {
      id: r.id,
      unit: { id: r.unit_id, code: unit?.code ?? '', name: unit?.name ?? '' },
      month: r.month,
      title: r.title,
      description: r.description,
      topics: r.topics ? r.topics.split(';') : [],
      position: Number(r.position),
      createdAt: r.created_at,
    }
  })
}

/** The current local month (YYYY-MM) in Asia/Ho_Chi_Minh. */
export function currentMonth(localDay: string): string {
  return localDay.slice(0, 7)
}
