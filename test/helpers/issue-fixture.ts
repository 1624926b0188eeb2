/** The world of the issue tests: the demo ward, a second ward, the officer of HB-CB-KDC02, and a few records. */
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { signIn, startTestApp, unitId, type Client, type TestApp } from './app.ts'
import type { TestDialect } from './db.ts'
import { buildOpinion, type BuiltOpinion } from './opinion-factory.ts'
import { createUnit } from '../../src/services/units/create-unit.ts'
import { createUser } from '../../src/services/users/create-user.ts'

export type IssueWorld = {
  t: TestApp
  units: { hp: string; hb: string; kdc01: string; kdc02: string; lc: string; lc01: string }
  /** phutrach: responsible officer of HB-CB-KDC01 */
  officer: Client
  /** phutrach2: responsible officer of HB-CB-KDC02 */
  officer2: Client
  /** bxdd: the focal board at HB */
  focal: Client
  admin: Client
  /** xem: viewer at HB */
  viewer: Client
  records: { gpmb: BuiltOpinion; rac: BuiltOpinion; ngap: BuiltOpinion; lc: BuiltOpinion }
}

export const GPMB_TEXT = 'Nhiều hộ dân tổ 7 bức xúc vì giá bồi thường giải phóng mặt bằng dự án đường Nguyễn Trãi quá thấp.'
export const RAC_TEXT = 'Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối.'

export async function issueWorld(dialect: TestDialect): Promise<IssueWorld> {
  const t = await startTestApp(dialect)
  const ctx = t.ctx()
  const [hp, hb, kdc01, kdc02] = await Promise.all(['HP', 'HB', 'HB-CB-KDC01', 'HB-CB-KDC02'].map((c) => unitId(t.conn, c)))
  const lc = (await createUnit(ctx, { code: 'LC', name: 'Đảng bộ phường Lê Chân', kind: 'dang_bo', parentId: hp!, activeFrom: '2026-01-01' })).id
  const lc01 = (await createUnit(ctx, { code: 'LC-CB-01', name: 'Chi bộ khu dân cư số 1 phường Lê Chân', kind: 'chi_bo', parentId: lc, activeFrom: '2026-01-01' })).id
  await createUser(ctx, { username: 'phutrach2', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-123', roles: [{ role: 'unit_officer', unitId: kdc02!, isResponsible: true }] })
  const records = {
    gpmb: await buildOpinion(ctx, { unitId: kdc01!, title: 'Giá đền bù GPMB đường Nguyễn Trãi thấp', content: GPMB_TEXT, topics: ['dat-dai'] }),
    rac: await buildOpinion(ctx, { unitId: kdc02!, title: 'Rác tồn đọng đầu ngõ 34 Hàng Bông', content: RAC_TEXT, topics: ['moi-truong'] }),
    ngap: await buildOpinion(ctx, { unitId: kdc01!, title: 'Ngập úng phố Đội Cấn sau mưa', content: 'Ngập úng tại phố Đội Cấn sau cơn mưa chiều 15/9, nước ngập sâu 40 cm.', topics: ['moi-truong'], summaries: ['Ngập sâu 40 cm', 'Cống thoát nước tắc'] }),
    lc: await buildOpinion(ctx, { unitId: lc01, title: 'Chợ tạm Lê Chân lấn chiếm lòng đường', content: 'Chợ tạm ở phường Lê Chân lấn chiếm lòng đường gây ùn tắc giờ cao điểm.', topics: ['ttatxh'] }),
  }
  return {
    t, units: { hp: hp!, hb: hb!, kdc01: kdc01!, kdc02: kdc02!, lc, lc01 }, records,
    officer: await signIn(t.app, 'phutrach'), officer2: await signIn(t.app, 'phutrach2', 'matkhau-123'),
    focal: await signIn(t.app, 'bxdd'), admin: await signIn(t.app, 'admin'), viewer: await signIn(t.app, 'xem'),
  }
}

/** The body of an answer. */
export const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
/** The body of an answer that must have this status. */
export function ok(r: LightMyRequestResponse, status = 200) {
  assert.equal(r.statusCode, status, r.body)
  return json(r)
}
/** The error of an answer that must have this status and code. */
export function err(r: LightMyRequestResponse, status: number, code: string) {
  assert.equal(r.statusCode, status, r.body)
  assert.equal(json(r).error.code, code, r.body)
  return json(r).error
}
