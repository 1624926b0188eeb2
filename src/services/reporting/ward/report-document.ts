/**
 * A report as a Party-form document (src/documents/model.ts, Hướng dẫn 36-HD/VPTW): what the preview shows
 * (GET /api/reports/:id/document) and what the DOCX/PDF/XLSX export renders — for the ward's consolidated report and
 * for a unit's report alike. Header: the superior body and the issuing body (ward: "ĐẢNG BỘ THÀNH PHỐ …" over
 * "ĐẢNG UỶ PHƯỜNG …"; a unit: "ĐẢNG UỶ PHƯỜNG …" over "CHI BỘ KHU DÂN CƯ SỐ 1"), number, place and date, "BÁO CÁO", the
 * trích yếu; body: the sections with the statistics (tables topic × direction and by channel, a bar and a pie chart)
 * after section I; the signature block and "Nơi nhận". Within the actor's read scope; outside it "not found".
 */
import type { DocBlock, DocChart, DocTable, PartyDocument } from '../../../documents/model.ts'
import { findPeriodsByIds } from '../../../db/repos/report-period.repo.ts'
import { getUnitById } from '../../../db/repos/unit.repo.ts'
import { findResponsibleName, findUserName } from '../../../db/repos/ward-report.repo.ts'
import { dayVi, fmtInt, pct } from '../../../domain/reporting/ward-draft-text.ts'
import { localDay } from '../../../domain/time.ts'
import vi from '../../../shared/i18n/vi.json' with { type: 'json' }
import { DIRECTIONS } from '../../../shared/enums.ts'
import type { ReportStats } from '../../../shared/report.schema.ts'
import { deny, type ServiceContext } from '../../context.ts'
import { findReportById } from '../../../db/repos/report.repo.ts'
import { DomainError } from '../../../domain/errors.ts'
import { scopeOf, unitIdsOfPath } from '../../../domain/policy.ts'
import { findReportFor, resourceOf, type ReportRow } from '../report-access.ts'
import { periodOfRow } from '../periods.ts'
import { reportSummaryOf } from './draft-ward-report.ts'
import { committeeOf, headerCaps, wardDocSettings, type Signer } from './ward-settings.ts'

type UnitRow = NonNullable<Awaited<ReturnType<typeof getUnitById>>>
type Section = { code: string; title: string; body: string }

/** The document of a report (unit or ward level) the actor may read. */
export async function buildReportDocument(ctx: ServiceContext, reportId: string): Promise<PartyDocument> {
  const row = await readableReport(ctx, reportId)
  const [[periodRow], chain] = await Promise.all([findPeriodsByIds(ctx.db, [row.period_id]), unitChain(ctx, row.unit_path)])
  const unit = chain.at(-1)!
  const parent = chain.at(-2) ?? null
  // the ward: the nearest unit (itself included) named "… phường/xã/thị trấn …"
  const ward = [...chain].reverse().find((u) => /(?:^|\s)(?:phường|xã|thị trấn)\s/iu.test(u.name)) ?? unit
  const settings = await wardDocSettings(ctx.db, ward, ward === unit ? parent : (chain[chain.indexOf(ward) - 1] ?? null))
  const period = periodOfRow(periodRow!)
  const sections = JSON.parse(row.sections_json) as Section[]
  const stats = row.stats_json ? (JSON.parse(row.stats_json) as ReportStats) : null
  const body = sections.flatMap((s) => [
    { kind: 'heading', level: 1, text: `${s.code}. ${headerCaps(s.title)}` } as DocBlock,
    ...bodyBlocks(s.body),
    ...(s.code === 'I' && stats ? statisticsBlocks(stats) : []),
  ])
  const isWard = row.level === 'ward'
  return {
    superiorBody: isWard ? (parent ? headerCaps(parent.name) : null) : parent ? headerCaps(committeeOf(parent.name)) : null,
    issuingBody: headerCaps(isWard ? committeeOf(unit.name) : unit.name),
    number: row.number_text,
    place: settings.place,
    date: documentDay(ctx, row),
    typeName: 'BÁO CÁO',
    summary: row.summary.trim() || reportSummaryOf(period, periodRow!.title),
    body,
    signature: isWard ? await wardSigner(ctx, row, settings.signer) : await unitSigner(ctx, unit),
    recipients: isWard ? settings.recipients : unitRecipients(unit),
    draftMark: (isWard ? row.status === 'approved' : row.status === 'submitted' || row.status === 'accepted') ? null : 'DỰ THẢO',
  }
}

/**
 * The report if the actor may read it: outside the read scope "not found"; a report of a level the actor may read
 * nowhere (a unit officer asking for the ward's report) refused (403, audited), as its export is.
 */
async function readableReport(ctx: ServiceContext, reportId: string): Promise<ReportRow> {
  try {
    return await findReportFor(ctx, 'read', reportId)
  } catch (e) {
    if (e instanceof DomainError && e.code === 'REPORT_NOT_FOUND') {
      const raw = await findReportById(ctx.db, reportId)
      const resource = raw ? resourceOf(raw.level) : null
      if (raw && resource && scopeOf(ctx.actor, 'read', resource).length === 0)
        await deny(ctx, `${resource}.read`, { resourceType: resource, resourceId: raw.id, unitId: raw.unit_id, unitPath: raw.unit_path })
    }
    throw e
  }
}

/** The units from the root down to the report's unit, from its path. */
async function unitChain(ctx: ServiceContext, path: string): Promise<UnitRow[]> {
  const out: UnitRow[] = []
  for (const id of unitIdsOfPath(path)) {
    const u = await getUnitById(ctx.db, id)
    if (u) out.push(u)
  }
  return out
}

/** The day printed: the issue day once approved or submitted, else today (a draft's date is provisional). */
function documentDay(ctx: ServiceContext, row: ReportRow): string {
  if (row.issued_on) return row.issued_on
  if (row.last_submitted_at) return localDay(new Date(row.last_submitted_at))
  return localDay(ctx.now)
}

async function wardSigner(ctx: ServiceContext, row: ReportRow, signer: Signer): Promise<PartyDocument['signature']> {
  const approver = !signer.name && row.approved_by ? (await findUserName(ctx.db, row.approved_by))?.full_name : undefined
  return { onBehalfOf: signer.onBehalfOf, title: signer.title, name: signer.name || approver || '' }
}

/** A unit's signature: on behalf of its committee, by its responsible officer. */
async function unitSigner(ctx: ServiceContext, unit: UnitRow): Promise<PartyDocument['signature']> {
  const name = (await findResponsibleName(ctx.db, unit.id))?.full_name ?? ''
  if (unit.kind === 'chi_bo') return { onBehalfOf: 'T/M CHI UỶ', title: 'BÍ THƯ', name }
  if (unit.kind === 'dang_bo') return { onBehalfOf: 'T/M ĐẢNG UỶ', title: 'BÍ THƯ', name }
  if (unit.kind === 'mttq' || unit.kind === 'doan_the') return { onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name }
  return { onBehalfOf: `T/M ${headerCaps(unit.name)}`, title: 'NGƯỜI PHỤ TRÁCH', name }
}

function unitRecipients(unit: UnitRow): string[] {
  const archive = unit.kind === 'chi_bo' ? 'Lưu Chi uỷ.' : unit.kind === 'dang_bo' ? 'Lưu Văn phòng Đảng uỷ.' : 'Lưu Văn phòng.'
  return ['- Ban Thường vụ Đảng uỷ phường (qua Ban Xây dựng Đảng),', `- ${archive}`]
}

/**
 * A section's text as blocks: paragraphs are separated by blank lines; lines starting with "- " are bullets; a short
 * line "1. …" without a full stop is a sub-heading.
 */
export function bodyBlocks(text: string): DocBlock[] {
  const out: DocBlock[] = []
  for (const chunk of text.split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean)
    let bullets: string[] = []
    const flush = () => {
      if (bullets.length) out.push({ kind: 'bullets', items: bullets })
      bullets = []
    }
    for (const line of lines) {
      if (line.startsWith('- ')) {
        bullets.push(line.slice(2))
        continue
      }
      flush()
      if (/^\d+\.\s/.test(line) && line.length <= 100 && !/[.:;]$/.test(line) && lines.length === 1) out.push({ kind: 'heading', level: 2, text: line })
      else out.push({ kind: 'paragraph', text: line })
    }
    flush()
  }
  return out
}

const topicLabel = (t: string) => (vi.topics as Record<string, string>)[t] ?? t
const channelLabel = (c: string) => (vi.channels as Record<string, string>)[c] ?? c
const directionLabel = (d: string) => (vi.directions as Record<string, string>)[d] ?? d

/** How many topics the bar chart shows before summing the rest. */
export const BAR_TOPICS = 8

/** The statistics of a report as two tables and two charts (streams by topic × direction; records by channel). */
export function statisticsBlocks(stats: ReportStats): DocBlock[] {
  const topics = [...new Set(stats.byTopicDirection.map((r) => r.topic))]
  const count = (t: string, d: string) => stats.byTopicDirection.find((r) => r.topic === t && r.direction === d)?.count ?? 0
  const totalOf = (t: string) => DIRECTIONS.reduce((a, d) => a + count(t, d), 0)
  topics.sort((a, b) => totalOf(b) - totalOf(a) || a.localeCompare(b))
  const byTopic: DocTable = {
    title: `Bảng 1. Luồng ý kiến theo lĩnh vực và khuynh hướng (từ ${dayVi(stats.from)} đến ${dayVi(stats.to)}; một luồng ý kiến có thể thuộc nhiều lĩnh vực)`,
    header: ['Lĩnh vực', ...DIRECTIONS.map(directionLabel), 'Cộng'],
    rows: topics.map((t) => [topicLabel(t), ...DIRECTIONS.map((d) => fmtInt(count(t, d))), fmtInt(totalOf(t))]),
    total: ['Cộng', ...DIRECTIONS.map((d) => fmtInt(topics.reduce((a, t) => a + count(t, d), 0))), fmtInt(topics.reduce((a, t) => a + totalOf(t), 0))],
    align: ['left', ...DIRECTIONS.map(() => 'right' as const), 'right'],
  }
  const byChannel: DocTable = {
    title: `Bảng 2. Phiếu thông tin theo kênh nắm bắt (${fmtInt(stats.total)} phiếu, ${fmtInt(stats.streams)} luồng ý kiến)`,
    header: ['Kênh nắm bắt', 'Số phiếu', 'Tỷ lệ'],
    rows: stats.byChannel.map((c) => [channelLabel(c.channel), fmtInt(c.count), pct(c.count, stats.total)]),
    total: ['Cộng', fmtInt(stats.total), stats.total > 0 ? '100%' : '0%'],
    align: ['left', 'right', 'right'],
  }
  const blocks: DocBlock[] = [{ kind: 'table', table: byTopic }, { kind: 'table', table: byChannel }]
  if (topics.length) {
    // at most BAR_TOPICS bars stay legible on a page; the rest are summed into one "other fields" bar
    const shown = topics.slice(0, BAR_TOPICS)
    const rest = topics.slice(BAR_TOPICS)
    const value = (d: string) => [...shown.map((t) => count(t, d)), ...(rest.length ? [rest.reduce((a, t) => a + count(t, d), 0)] : [])]
    const bar: DocChart = {
      kind: 'bar', title: 'Biểu đồ 1. Luồng ý kiến theo lĩnh vực và khuynh hướng', stacked: true, horizontal: true,
      categories: [...shown.map(topicLabel), ...(rest.length ? [`Các lĩnh vực còn lại (${rest.length})`] : [])],
      series: DIRECTIONS.filter((d) => topics.some((t) => count(t, d) > 0)).map((d) => ({ name: directionLabel(d), values: value(d) })),
    }
    blocks.push({ kind: 'chart', chart: bar })
  }
  if (stats.byChannel.length) {
    const pie: DocChart = { kind: 'pie', title: 'Biểu đồ 2. Cơ cấu phiếu thông tin theo kênh nắm bắt', slices: stats.byChannel.map((c) => ({ name: channelLabel(c.channel), value: c.count })) }
    blocks.push({ kind: 'chart', chart: pie })
  }
  const months = (stats as ReportStats & { months?: { key: string; streams: number; records: number }[] }).months
  if (months?.length) {
    const line: DocChart = {
      kind: 'line', title: 'Biểu đồ 3. Phiếu thông tin và luồng ý kiến theo tháng', categories: months.map((m) => `${m.key.slice(5, 7)}/${m.key.slice(0, 4)}`),
      series: [{ name: 'Phiếu thông tin', values: months.map((m) => m.records) }, { name: 'Luồng ý kiến', values: months.map((m) => m.streams) }],
    }
    blocks.push({ kind: 'chart', chart: line })
  }
  return blocks
}
