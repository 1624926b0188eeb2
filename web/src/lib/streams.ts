/** Opinion streams (luồng ý kiến) as forms hold them, and as the API takes them. */
import type { BREADTHS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from '../../../src/shared/enums.ts'
import type { StreamView } from '../../../src/shared/opinion.schema.ts'

/** One stream as a form holds it. */
export type StreamValues = {
  id?: string
  summary?: string
  topics: string[]
  direction?: string
  intensity: string
  breadth: string
  groups: string[]
  latent: boolean
  hotSpot: boolean
  issueId?: string | null
}

/** A new stream's defaults: medium intensity, "a few" people, nothing flagged. */
export function emptyStream(topics: string[] = []): StreamValues {
  return { summary: '', topics, direction: undefined, intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false }
}

/** A stream as the API takes it (summary trimmed, flags as booleans, the id kept when editing). */
export function streamPayload(s: StreamValues) {
  return {
    ...(s.id ? { id: s.id } : {}),
    summary: (s.summary ?? '').trim(),
    topics: s.topics as (typeof TOPICS)[number][],
    direction: s.direction as (typeof DIRECTIONS)[number],
    intensity: s.intensity as (typeof INTENSITIES)[number],
    breadth: s.breadth as (typeof BREADTHS)[number],
    groups: (s.groups ?? []) as (typeof SOCIAL_GROUPS)[number][],
    latent: !!s.latent,
    hotSpot: !!s.hotSpot,
    ...(s.issueId !== undefined ? { issueId: s.issueId } : {}),
  }
}

/** A stream the API returned, back into a form (its issue link is kept by the server unless changed). */
export function streamFromView(s: StreamView): StreamValues {
  return {
    id: s.id, summary: s.summary, topics: [...s.topics], direction: s.direction, intensity: s.intensity, breadth: s.breadth,
    groups: [...s.groups], latent: s.latent, hotSpot: s.hotSpot,
  }
}
