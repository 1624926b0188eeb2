/** The phone capture form's values, their draft form (plain JSON) and the record the API takes. */
import type { Channel } from '../../../../src/shared/enums.ts'
import { emptyStream, streamPayload, type StreamValues } from '../../lib/streams.ts'
import type { OutboxPayload } from '../../offline/outbox.ts'

/** What the form holds; `heardOn` is YYYY-MM-DD (the date picker converts at its edge). */
export type CaptureValues = {
  channel: Channel
  unitId?: string
  areaId?: string | null
  heardOn: string
  title: string
  content: string
  streams: StreamValues[]
  withContact: boolean
  contact?: { fullName?: string; phone?: string; address?: string; note?: string }
}

/** A fresh form: the collaborator channel, the given unit, heard today, one empty stream. */
export function blankCapture(unitId: string | undefined, today: string): CaptureValues {
  return { channel: 'collaborator', unitId, areaId: null, heardOn: today, title: '', content: '', streams: [emptyStream()], withContact: false, contact: {} }
}

const textOrNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null)

/** The record to queue; the contact only when the box is ticked and a name is given. */
export function capturePayload(v: CaptureValues): OutboxPayload {
  const c = v.contact ?? {}
  return {
    channel: v.channel,
    unitId: v.unitId ?? '',
    areaId: v.areaId ?? null,
    heardOn: v.heardOn,
    title: v.title.trim(),
    content: v.content.trim(),
    streams: v.streams.map(streamPayload),
    contact: v.withContact
      ? { fullName: (c.fullName ?? '').trim(), phone: textOrNull(c.phone), address: textOrNull(c.address), note: textOrNull(c.note) }
      : null,
  }
}

/** A queued record back into the form (to fix what the server refused). */
export function payloadToCapture(p: OutboxPayload): CaptureValues {
  return {
    channel: p.channel,
    unitId: p.unitId,
    areaId: p.areaId ?? null,
    heardOn: p.heardOn,
    title: p.title,
    content: p.content,
    streams: p.streams.map((s) => ({
      summary: s.summary ?? '', topics: [...s.topics], direction: s.direction, intensity: s.intensity ?? 'medium', breadth: s.breadth ?? 'few',
      groups: [...(s.groups ?? [])], latent: !!s.latent, hotSpot: !!s.hotSpot,
    })),
    withContact: !!p.contact,
    contact: p.contact
      ? { fullName: p.contact.fullName, phone: p.contact.phone ?? '', address: p.contact.address ?? '', note: p.contact.note ?? '' }
      : {},
  }
}

/** "streams.0.topics" → ['streams', 0, 'topics'], the name antd's Form.List uses. */
export function fieldName(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}
