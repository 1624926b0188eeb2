/**
 * What the Party-form document of a report needs besides the report: the Party-committee term start (numbering), the
 * place printed before the date, the signature block and the "Nơi nhận" list (setting table, JSON), with defaults
 * taken from the ward unit; and the printed names of the issuing and superior bodies.
 *   reporting.termStart  "2025-10-01" (the term the numbers restart in; read by the core settings too)
 *   reporting.place      "Hoà Bình" (default: the ward unit's name after "phường")
 *   reporting.signer     { onBehalfOf: "T/M BAN THƯỜNG VỤ", title: "PHÓ BÍ THƯ", name: "" } (empty name: the approver's)
 *   reporting.recipients ["- Ban Thường vụ …", …, "- Lưu Văn phòng Đảng uỷ."]
 */
import { getSetting } from '../../../db/repos/setting.repo.ts'
import type { Db } from '../../../db/connect.ts'
import { isValidDay } from '../../../domain/time.ts'
import { DEFAULT_TERM_START } from '../reporting-settings.ts'

export type Signer = { onBehalfOf: string; title: string; name: string }
export type WardDocSettings = { termStart: string; place: string; signer: Signer; recipients: string[] }

type UnitName = { name: string }

/** "Đảng bộ phường Hoà Bình" → "Hoà Bình"; a name without "phường" stays whole. */
export function placeOf(unitName: string): string {
  const m = /(?:^|\s)(?:phường|xã|thị trấn)\s+(.+)$/iu.exec(unitName.trim())
  return (m ? m[1]! : unitName).trim()
}

/** The committee that issues for a Party organisation: "Đảng bộ phường Hoà Bình" → "Đảng uỷ phường Hoà Bình". */
export function committeeOf(unitName: string): string {
  return unitName.trim().replace(/^Đảng bộ(?=\s|$)/iu, 'Đảng uỷ')
}

/** A body's name as printed in the header (caps, Vietnamese rules: "uỷ" → "UỶ"). */
export function headerCaps(name: string): string {
  return name.normalize('NFC').toLocaleUpperCase('vi')
}

/** The default recipients of the ward report: the superior committee, the ward's leaders, the units, the archive. */
export function defaultWardRecipients(parent: UnitName | null): string[] {
  return [
    ...(parent ? [`- Ban Thường vụ ${committeeOf(parent.name)} (để báo cáo),`] : []),
    '- Thường trực Đảng uỷ phường,',
    '- Các đồng chí Uỷ viên Ban Thường vụ Đảng uỷ,',
    '- Các chi, đảng bộ trực thuộc,',
    '- Lưu Văn phòng Đảng uỷ.',
  ]
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** The settings with their defaults for a ward unit and its parent. */
export async function wardDocSettings(db: Db, ward: UnitName, parent: UnitName | null): Promise<WardDocSettings> {
  const [termStart, place, signer, recipients] = await Promise.all([
    getSetting(db, 'reporting.termStart'),
    getSetting(db, 'reporting.place'),
    getSetting(db, 'reporting.signer'),
    getSetting(db, 'reporting.recipients'),
  ])
  const s = (signer ?? {}) as Partial<Record<keyof Signer, unknown>>
  const list = Array.isArray(recipients) ? recipients.filter((r): r is string => typeof r === 'string' && r.trim().length > 0) : []
  return {
    termStart: typeof termStart === 'string' && isValidDay(termStart) ? termStart : DEFAULT_TERM_START,
    place: str(place) ?? placeOf(ward.name),
    signer: { onBehalfOf: str(s.onBehalfOf) ?? 'T/M BAN THƯỜNG VỤ', title: str(s.title) ?? 'PHÓ BÍ THƯ', name: str(s.name) ?? '' },
    recipients: list.length ? list : defaultWardRecipients(parent),
  }
}
