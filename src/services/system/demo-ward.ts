/**
 * The demo ward: a believable, fictional "Phường Hoà Bình" under "Đảng bộ thành phố Hải Phòng", with its
 * party committees and cells, the Fatherland Front and mass organisations, the council delegates' group,
 * 20 residential groups (tổ dân phố) and one account per role. Loaded only into an empty database.
 * The accounts share the password `caunoi-demo` and must be removed in real use.
 */
import { sql } from 'kysely'
import type { UnitKind, Role } from '../../shared/enums.ts'
import { createUnit } from '../units/create-unit.ts'
import { createArea } from '../areas/areas.ts'
import { loadDemoSurveys } from './demo-surveys.ts'
import { createUser } from '../users/create-user.ts'
import { SYSTEM_ACTOR } from '../../domain/policy.ts'
import { DomainError } from '../../domain/errors.ts'
import type { ServiceContext } from '../context.ts'
import { loadDemoOpinions, type DemoOpinionsResult } from './demo-opinions.ts'
import { loadDemoReports, type DemoReportsResult } from './demo-reports.ts'

export const DEMO_PASSWORD = 'caunoi-demo'

type DemoUnit = { code: string; name: string; kind: UnitKind; parent: string | null; areas?: string[] }

const KDC = Array.from({ length: 10 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0')
  return { code: `HB-CB-KDC${n}`, name: `Chi bộ khu dân cư số ${i + 1}`, kind: 'chi_bo' as const, parent: 'HB', areas: [`HB-TDP${String(2 * i + 1).padStart(2, '0')}`, `HB-TDP${String(2 * i + 2).padStart(2, '0')}`] }
})

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'HP', name: 'Đảng bộ thành phố Hải Phòng', kind: 'dang_bo', parent: null },
  { code: 'HB', name: 'Đảng bộ phường Hoà Bình', kind: 'dang_bo', parent: 'HP' },
  { code: 'HB-BTV', name: 'Ban Thường vụ Đảng uỷ phường', kind: 'co_quan', parent: 'HB' },
  { code: 'HB-BXDD', name: 'Ban Xây dựng Đảng Đảng uỷ phường', kind: 'co_quan', parent: 'HB' },
  { code: 'HB-DUCQD', name: 'Đảng uỷ các cơ quan Đảng phường', kind: 'dang_bo', parent: 'HB' },
  { code: 'HB-CB-VPDU', name: 'Chi bộ Văn phòng Đảng uỷ', kind: 'chi_bo', parent: 'HB-DUCQD' },
  { code: 'HB-CB-HDND', name: 'Chi bộ cơ quan Hội đồng nhân dân phường', kind: 'chi_bo', parent: 'HB-DUCQD' },
  { code: 'HB-CB-MTTQ', name: 'Chi bộ cơ quan Uỷ ban MTTQ phường', kind: 'chi_bo', parent: 'HB-DUCQD' },
  { code: 'HB-DUUB', name: 'Đảng uỷ Uỷ ban nhân dân phường', kind: 'dang_bo', parent: 'HB' },
  { code: 'HB-CB-UBND', name: 'Chi bộ cơ quan Uỷ ban nhân dân phường', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-CA', name: 'Chi bộ Công an phường', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-QS', name: 'Chi bộ Quân sự phường', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-YT', name: 'Chi bộ Trạm Y tế phường', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-THHB', name: 'Chi bộ Trường Tiểu học Hoà Bình', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-THCS', name: 'Chi bộ Trường THCS Lê Lợi', kind: 'chi_bo', parent: 'HB-DUUB' },
  { code: 'HB-CB-MNHS', name: 'Chi bộ Trường Mầm non Hoa Sen', kind: 'chi_bo', parent: 'HB-DUUB' },
  ...KDC,
  { code: 'HB-CB-DNCK', name: 'Chi bộ Công ty Cổ phần Cơ khí Hoà Bình', kind: 'chi_bo', parent: 'HB' },
  { code: 'HB-CB-DNCX', name: 'Chi bộ Công ty TNHH Thương mại Cảng Xanh', kind: 'chi_bo', parent: 'HB' },
  { code: 'HB-MTTQ', name: 'Uỷ ban Mặt trận Tổ quốc Việt Nam phường', kind: 'mttq', parent: 'HB' },
  { code: 'HB-HPN', name: 'Hội Liên hiệp Phụ nữ phường', kind: 'doan_the', parent: 'HB-MTTQ' },
  { code: 'HB-DTN', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường', kind: 'doan_the', parent: 'HB-MTTQ' },
  { code: 'HB-CCB', name: 'Hội Cựu chiến binh phường', kind: 'doan_the', parent: 'HB-MTTQ' },
  { code: 'HB-NCT', name: 'Hội Người cao tuổi phường', kind: 'doan_the', parent: 'HB-MTTQ' },
  { code: 'HB-CD', name: 'Công đoàn phường', kind: 'doan_the', parent: 'HB-MTTQ' },
  { code: 'HB-HDND', name: 'Tổ đại biểu Hội đồng nhân dân phường', kind: 'hdnd', parent: 'HB' },
  { code: 'HB-UBND', name: 'Uỷ ban nhân dân phường Hoà Bình', kind: 'ubnd', parent: 'HB' },
]

export const DEMO_AREAS = Array.from({ length: 20 }, (_, i) => ({
  code: `HB-TDP${String(i + 1).padStart(2, '0')}`,
  name: `Tổ dân phố số ${i + 1}`,
}))

type DemoUser = { username: string; fullName: string; role: Role; unit: string; responsible?: boolean; phone?: string }

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống (demo)', role: 'admin', unit: 'HP' },
  { username: 'lanhdao', fullName: 'Trần Văn Hùng', role: 'leader', unit: 'HB' },
  { username: 'bxdd', fullName: 'Phạm Thị Lan', role: 'focal', unit: 'HB' },
  { username: 'phutrach', fullName: 'Lê Văn Minh', role: 'unit_officer', unit: 'HB-CB-KDC01', responsible: true, phone: '0912 345 601' },
  { username: 'ctv', fullName: 'Hoàng Thị Mai', role: 'collaborator', unit: 'HB-CB-KDC01' },
  { username: 'daibieu', fullName: 'Vũ Đức Thắng', role: 'delegate', unit: 'HB-HDND' },
  { username: 'xem', fullName: 'Đỗ Thị Hạnh', role: 'viewer', unit: 'HB' },
  { username: 'kiemtra', fullName: 'Bùi Văn Nam', role: 'auditor', unit: 'HB' },
]

/** Is the database still empty (no unit, no account)? */
export async function isEmptyDatabase(ctx: ServiceContext): Promise<boolean> {
  const r = await sql<{ n: number }>`select (select count(*) from unit) + (select count(*) from app_user) as n`.execute(ctx.db)
  return Number(r.rows[0]?.n ?? 0) === 0
}

/**
 * Loads the demo ward; refuses a database that already holds units or accounts. With `opinions` (the default) the
 * ward also gets its year of opinion work; tests that need the bare ward pass `{ opinions: false }`.
 */
export async function loadDemoWard(base: ServiceContext, opts: { opinions?: boolean } = {}): Promise<{ units: number; areas: number; users: number; opinions: DemoOpinionsResult | null; reports: DemoReportsResult | null }> {
  const ctx: ServiceContext = { ...base, actor: SYSTEM_ACTOR }
  if (!(await isEmptyDatabase(ctx))) throw new DomainError('DEMO_NOT_EMPTY')
  // demo units are open since the start of the current term, so a year of history can hang on them
  const activeFrom = '2025-01-01'
  const ids = new Map<string, string>()
  const areaIds = new Map<string, string>()
  for (const u of DEMO_UNITS) {
    const created = await createUnit(ctx, { code: u.code, name: u.name, kind: u.kind, parentId: u.parent ? ids.get(u.parent)! : null, activeFrom,
      // the ward's areas exist before the residential party cells that cover them
      areaIds: (u.areas ?? []).map((a) => areaIds.get(a)!),
    })
    ids.set(u.code, created.id)
    if (u.code === 'HB') {
      for (const a of DEMO_AREAS) areaIds.set(a.code, (await createArea(ctx, { ...a, unitId: created.id })).id)
    }
  }
  for (const u of DEMO_USERS) {
    await createUser(ctx, {
      username: u.username, fullName: u.fullName, phone: u.phone ?? null, email: null, password: DEMO_PASSWORD,
      roles: [{ role: u.role, unitId: ids.get(u.unit)!, isResponsible: !!u.responsible }],
    })
  }
  // a year of opinion work on top: collaborators, records, issues, voter meetings (demo-opinions.ts)
  const opinions = opts.opinions === false ? null : await loadDemoOpinions(ctx, { since: activeFrom, password: DEMO_PASSWORD })
  // and its reporting year: unit reports, an extension, a returned report, approved ward reports (demo-reports.ts)
  const reports = opts.opinions === false ? null : await loadDemoReports(ctx, { password: DEMO_PASSWORD })
  // and its surveys: a published periodic one with weights, an ad hoc one in fieldwork (demo-surveys.ts)
  if (opts.opinions !== false) await loadDemoSurveys(ctx, ids.get('HB')!)
  return { units: DEMO_UNITS.length, areas: DEMO_AREAS.length, users: DEMO_USERS.length, opinions, reports }
}
