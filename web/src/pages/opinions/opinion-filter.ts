/** The opinion list's filters as they sit in the address (so a filtered list can be shared and survives a reload). */
import type { OpinionFilter } from '../../api/opinions.ts'

/** Filters whose value is a list of codes ("dat-dai,y-te"). */
export const LIST_KEYS = ['topic', 'direction', 'intensity', 'breadth', 'channel', 'group', 'status'] as const
/** Filters holding one value. */
export const ONE_KEYS = ['q', 'from', 'to', 'unitId', 'areaId', 'latent', 'hotSpot', 'meetingId', 'issueId'] as const
export type ListKey = (typeof LIST_KEYS)[number]

/** The filter of the address, only what is set. */
export function filterFromParams(params: URLSearchParams): OpinionFilter {
  const out: Record<string, string> = {}
  for (const k of [...LIST_KEYS, ...ONE_KEYS]) {
    const v = params.get(k)?.trim()
    if (v) out[k] = v
  }
  if (out.latent && out.latent !== '0' && out.latent !== '1') delete out.latent
  if (out.hotSpot && out.hotSpot !== '0' && out.hotSpot !== '1') delete out.hotSpot
  return out as OpinionFilter
}

/** The page of the address (1 when absent or nonsense). */
export function pageFromParams(params: URLSearchParams): number {
  const n = Number(params.get('page'))
  return Number.isInteger(n) && n >= 1 ? n : 1
}

/** A new address: `change` applied (empty values removed), back to page 1 unless the page itself changes. */
export function withFilter(params: URLSearchParams, change: Record<string, string | string[] | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const [k, v] of Object.entries(change)) {
    const value = Array.isArray(v) ? v.join(',') : v
    if (value) next.set(k, value)
    else next.delete(k)
  }
  if (!('page' in change)) next.delete('page')
  return next
}

/** A list filter as the array a multi-select holds. */
export function listValue(filter: OpinionFilter, key: ListKey): string[] {
  const v = filter[key]
  return v ? v.split(',').filter(Boolean) : []
}

/** How many filters are set, the search left out (for the "Bộ lọc (3)" button on a phone). */
export function activeCount(filter: OpinionFilter): number {
  return Object.entries(filter).filter(([k, v]) => k !== 'q' && v).length
}
