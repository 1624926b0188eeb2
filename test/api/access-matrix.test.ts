/**
 * The whole access policy through the real API: every demo account × every (resource, action) of POLICY is tried
 * on its concrete endpoint, and "allowed" (anything but 403) must match the table. Then the scope: reads are
 * limited to the actor's subtree, out-of-scope rows are "not found" (404, never 403) and never leak as counts.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import crypto from 'node:crypto'
import ExcelJS from 'exceljs'
import { POLICY } from '../../src/domain/policy.ts'
import { ACTIONS, RESOURCES, type Action, type Resource, type Role } from '../../src/shared/enums.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { createToken } from '../../src/services/tokens/tokens.ts'
import { createCollaborator } from '../../src/services/collaborators/create-collaborator.ts'
import { createMeeting } from '../../src/services/meetings/create-meeting.ts'
import { createWatchTopic } from '../../src/services/watch-topics/create-watch-topic.ts'
import { createCollaboratorInput, createWatchTopicInput } from '../../src/shared/collaborator.schema.ts'
import { createMeetingInput } from '../../src/shared/meeting.schema.ts'

const ACCOUNTS: { username: string; role: Role }[] = [
  { username: 'admin', role: 'admin' },
  { username: 'lanhdao', role: 'leader' },
  { username: 'bxdd', role: 'focal' },
  { username: 'phutrach', role: 'unit_officer' },
  { username: 'ctv', role: 'collaborator' },
  { username: 'daibieu', role: 'delegate' },
  { username: 'xem', role: 'viewer' },
  { username: 'kiemtra', role: 'auditor' },
]

/** Policy entries that no HTTP endpoint serves yet (the CLI acts as the system actor for `system.manage`). */
const NO_ENDPOINT = new Set(['unit.export', 'system.manage'])

type Fixture = { hb: string; hp: string; kdc05: string; kdc09: string; duub: string; area: string; target: string; ctvId: string; token: string }
type Probe = { resource: Resource; action: Action; what: string; call(c: Client, f: Fixture, who: string): Promise<LightMyRequestResponse> }

const upload = (c: Client, url: string, name: string, csv: string) => {
  const m = multipartFile(name, csv)
  return c.request('POST', url, m.payload, m.headers)
}

const PROBES: Probe[] = [
  { resource: 'unit', action: 'read', what: 'GET /api/units', call: (c) => c.get('/api/units') },
  { resource: 'unit', action: 'read', what: 'GET /api/units/:id', call: (c, f) => c.get(`/api/units/${f.hb}`) },
  { resource: 'unit', action: 'read', what: 'GET /api/units/:id/history', call: (c, f) => c.get(`/api/units/${f.hb}/history`) },
  { resource: 'unit', action: 'create', what: 'POST /api/units', call: (c, f, who) => c.post('/api/units', { code: `MX-${who}`, name: `Chi bộ thử ${who}`, kind: 'chi_bo', parentId: f.hb }) },
  { resource: 'unit', action: 'update', what: 'PATCH /api/units/:id', call: (c, f, who) => c.patch(`/api/units/${f.kdc05}`, { name: `Chi bộ khu dân cư số 5 (${who})` }) },
  { resource: 'unit', action: 'update', what: 'POST /api/units/:id/move', call: (c, f) => c.post(`/api/units/${f.kdc05}/move`, { parentId: f.duub }) },
  { resource: 'unit', action: 'update', what: 'POST /api/units/:id/deactivate', call: (c, f) => c.post(`/api/units/${f.kdc09}/deactivate`, {}) },
  { resource: 'unit', action: 'update', what: 'POST /api/units/:id/reactivate', call: (c, f) => c.post(`/api/units/${f.kdc09}/reactivate`, {}) },
  { resource: 'unit', action: 'import', what: 'POST /api/units/import', call: (c, _f, who) => upload(c, '/api/units/import', 'don-vi.csv', `code,name,kind,parent_code\nIM-${who},Chi bộ nhập ${who},Chi bộ,HB\n`) },
  { resource: 'area', action: 'read', what: 'GET /api/areas', call: (c) => c.get('/api/areas') },
  { resource: 'area', action: 'create', what: 'POST /api/areas', call: (c, f, who) => c.post('/api/areas', { code: `TDP-${who}`, name: `Tổ dân phố ${who}`, unitId: f.hb }) },
  { resource: 'area', action: 'update', what: 'PATCH /api/areas/:id', call: (c, f, who) => c.patch(`/api/areas/${f.area}`, { name: `Tổ dân phố số 5 (${who})` }) },
  { resource: 'user', action: 'read', what: 'GET /api/users', call: (c) => c.get('/api/users') },
  { resource: 'user', action: 'read', what: 'GET /api/users/:id', call: (c, f) => c.get(`/api/users/${f.ctvId}`) },
  { resource: 'user', action: 'create', what: 'POST /api/users', call: (c, _f, who) => c.post('/api/users', { username: `moi-${who}`, fullName: 'Người Mới', roles: [] }) },
  { resource: 'user', action: 'update', what: 'PATCH /api/users/:id', call: (c, f, who) => c.patch(`/api/users/${f.target}`, { fullName: `Người Đích ${who}` }) },
  { resource: 'user', action: 'manage', what: 'PUT /api/users/:id/roles', call: (c, f) => c.put(`/api/users/${f.target}/roles`, { roles: [{ role: 'viewer', unitId: f.kdc05 }] }) },
  { resource: 'user', action: 'manage', what: 'POST /api/users/:id/reset-password', call: (c, f) => c.post(`/api/users/${f.target}/reset-password`, {}) },
  { resource: 'user', action: 'import', what: 'POST /api/users/import', call: (c, _f, who) => upload(c, '/api/users/import', 'tai-khoan.csv', `username,full_name\nnhap-${who},Người Nhập\n`) },
  { resource: 'api_token', action: 'read', what: 'GET /api/tokens', call: (c) => c.get('/api/tokens') },
  { resource: 'api_token', action: 'create', what: 'POST /api/tokens', call: (c, f, who) => c.post('/api/tokens', { userId: f.target, name: `Mã ${who}` }) },
  { resource: 'api_token', action: 'manage', what: 'DELETE /api/tokens/:id', call: (c, f) => c.del(`/api/tokens/${f.token}`) },
  { resource: 'audit', action: 'read', what: 'GET /api/audit', call: (c) => c.get('/api/audit') },
  { resource: 'audit', action: 'export', what: 'GET /api/audit/export.csv', call: (c) => c.get('/api/audit/export.csv') },
  { resource: 'collaborator', action: 'read', what: 'GET /api/collaborators', call: (c) => c.get('/api/collaborators') },
  { resource: 'collaborator', action: 'read', what: 'GET /api/collaborators/:id', call: (c, f) => c.get(`/api/collaborators/${ix(f).collaborator}`) },
  { resource: 'collaborator', action: 'read', what: 'GET /api/collaborators/activity', call: (c) => c.get('/api/collaborators/activity?month=2026-11') },
  { resource: 'collaborator', action: 'read', what: 'GET /api/settings/base-salary', call: (c) => c.get('/api/settings/base-salary') },
  { resource: 'collaborator', action: 'read', what: 'GET /api/settings/allowance', call: (c) => c.get('/api/settings/allowance') },
  { resource: 'collaborator', action: 'create', what: 'POST /api/collaborators', call: (c, f, who) => c.post('/api/collaborators', { fullName: `Cộng tác viên ${who}`, unitId: f.kdc05, allowanceKind: 'fixed', allowanceAmount: 200_000 }) },
  { resource: 'collaborator', action: 'update', what: 'PATCH /api/collaborators/:id', call: (c, f, who) => c.patch(`/api/collaborators/${ix(f).collaborator}`, { decisionNo: `QĐ-${who}` }) },
  { resource: 'collaborator', action: 'export', what: 'GET /api/collaborators/activity.xlsx', call: (c) => c.get('/api/collaborators/activity.xlsx?month=2026-11') },
  { resource: 'meeting', action: 'read', what: 'GET /api/meetings', call: (c) => c.get('/api/meetings') },
  { resource: 'meeting', action: 'read', what: 'GET /api/meetings/:id', call: (c, f) => c.get(`/api/meetings/${ix(f).meeting}`) },
  { resource: 'meeting', action: 'read', what: 'GET /api/meetings/:id/print', call: (c, f) => c.get(`/api/meetings/${ix(f).meeting}/print`) },
  { resource: 'meeting', action: 'create', what: 'POST /api/meetings', call: (c, f, who) => c.post('/api/meetings', { unitId: ix(f).hdnd, heldOn: '2026-11-10', place: `Hội trường (${who})` }) },
  { resource: 'meeting', action: 'update', what: 'PATCH /api/meetings/:id', call: (c, f, who) => c.patch(`/api/meetings/${ix(f).meeting}`, { notes: `Ghi chú của ${who}` }) },
  { resource: 'meeting', action: 'update', what: 'POST /api/meetings/:id/petitions', call: (c, f, who) => c.post(`/api/meetings/${ix(f).meeting}/petitions`, { title: `Kiến nghị của ${who}`, content: 'Đề nghị sửa đèn đường.', topics: ['ttatxh'] }) },
  { resource: 'watch_topic', action: 'read', what: 'GET /api/watch-topics', call: (c) => c.get('/api/watch-topics') },
  { resource: 'watch_topic', action: 'read', what: 'GET /api/watch-topics/mine', call: (c) => c.get('/api/watch-topics/mine') },
  { resource: 'watch_topic', action: 'create', what: 'POST /api/watch-topics', call: (c, f, who) => c.post('/api/watch-topics', { unitId: f.hb, title: `Nội dung của ${who}` }) },
  { resource: 'watch_topic', action: 'update', what: 'PATCH /api/watch-topics/:id', call: (c, f, who) => c.patch(`/api/watch-topics/${ix(f).watchTopic}`, { title: `Sửa bởi ${who}` }) },
  {
    resource: 'watch_topic', action: 'update', what: 'DELETE /api/watch-topics/:id',
    // whoever may, removes one of their own; anyone else tries the shared one
    call: async (c, f, who) => {
      const made = await c.post('/api/watch-topics', { unitId: f.hb, title: `Sẽ xoá (${who})` })
      return c.del(`/api/watch-topics/${made.statusCode === 201 ? json(made).id : ix(f).watchTopic}`)
    },
  },
  { resource: 'issue', action: 'read', what: 'GET /api/issues', call: (c) => c.get('/api/issues') },
  { resource: 'issue', action: 'read', what: 'GET /api/issues/:id', call: async (c, _f, who) => c.get(`/api/issues/${await probeIssue(c, who)}`) },
  { resource: 'issue', action: 'read', what: 'GET /api/issues/suggest', call: (c) => c.get(`/api/issues/suggest?text=${encodeURIComponent('Rác tồn đọng đầu ngõ')}`) },
  { resource: 'issue', action: 'create', what: 'POST /api/issues', call: (c, f, who) => c.post('/api/issues', { title: `Vấn đề phường của ${who}`, topic: 'khac', unitId: f.hb }) },
  { resource: 'issue', action: 'update', what: 'PATCH /api/issues/:id', call: async (c, _f, who) => c.patch(`/api/issues/${await probeIssue(c, who)}`, { title: `Sửa bởi ${who}` }) },
  { resource: 'issue', action: 'update', what: 'POST /api/issues/:id/transition', call: async (c, _f, who) => c.post(`/api/issues/${await probeIssue(c, who)}/transition`, { to: 'watching' }) },
  { resource: 'issue', action: 'update', what: 'POST /api/issues/:id/referrals', call: async (c, _f, who) => c.post(`/api/issues/${await probeIssue(c, who)}/referrals`, { toAgency: 'UBND phường', dueOn: '2026-12-31' }) },
  { resource: 'issue', action: 'manage', what: 'PATCH /api/issues/:id (answerPublic)', call: async (c, _f, who) => c.patch(`/api/issues/${await probeIssue(c, who)}`, { answerPublic: false }) },
  { resource: 'opinion', action: 'read', what: 'GET /api/opinions', call: (c) => c.get('/api/opinions?q=ngap') },
  { resource: 'opinion', action: 'read', what: 'GET /api/opinions/:id', call: async (c, _f, who) => c.get(`/api/opinions/${await probeOpinion(c, who)}`) },
  { resource: 'opinion', action: 'create', what: 'POST /api/opinions', call: async (c, _f, who) => (await postOpinion(c, who)).res },
  { resource: 'opinion', action: 'create', what: 'POST /api/opinions/suggest', call: (c) => c.post('/api/opinions/suggest', { text: 'Đường ngập sau mưa, bà con bức xúc.' }) },
  {
    resource: 'opinion', action: 'update', what: 'PATCH /api/opinions/:id',
    call: async (c, _f, who) => c.patch(`/api/opinions/${await probeOpinion(c, who)}`, { version: 1, title: `Sửa bởi ${who}` }),
  },
  {
    resource: 'opinion', action: 'import', what: 'POST /api/opinions/import',
    call: (c, _f, who) => upload(c, '/api/opinions/import', 'y-kien.csv', `external_id,received_on,channel,unit_code,topic,direction,title,content\nMX-${who},2026-11-01,other,HB-CB-KDC01,khac,unknown,Nhập bởi ${who},x\n`),
  },
  { resource: 'opinion', action: 'export', what: 'GET /api/opinions/export.csv', call: (c) => c.get('/api/opinions/export.csv?topic=khac') },
  { resource: 'opinion', action: 'export', what: 'GET /api/opinions/export.xlsx', call: (c) => c.get('/api/opinions/export.xlsx?topic=khac') },
  { resource: 'opinion', action: 'manage', what: 'DELETE /api/opinions/:id', call: async (c, _f, who) => c.del(`/api/opinions/${await probeOpinion(c, who)}`) },
  { resource: 'contact', action: 'read', what: 'GET /api/opinions/:id/contact', call: async (c, _f, who) => c.get(`/api/opinions/${await probeOpinion(c, who, true)}/contact`) },
  { resource: 'contact', action: 'create', what: 'POST /api/opinions (contact)', call: async (c, _f, who) => (await postOpinion(c, who, true)).res },
  { resource: 'contact', action: 'manage', what: 'DELETE /api/opinions/:id/contact', call: async (c, _f, who) => c.del(`/api/opinions/${await probeOpinion(c, who, true)}/contact`) },
  { resource: 'trend', action: 'read', what: 'GET /api/trends/volume', call: (c) => c.get('/api/trends/volume?groupBy=direction&interval=week') },
  { resource: 'trend', action: 'read', what: 'GET /api/trends/heatmap', call: (c) => c.get('/api/trends/heatmap') },
  { resource: 'trend', action: 'read', what: 'GET /api/trends/alerts', call: (c) => c.get('/api/trends/alerts?days=3') },
  { resource: 'trend', action: 'read', what: 'GET /api/trends/emerging', call: (c) => c.get('/api/trends/emerging') },
  { resource: 'trend', action: 'read', what: 'GET /api/trends/forecast', call: (c) => c.get('/api/trends/forecast') },
  // reporting (#4, core): unit reports, periods, extensions, compliance
  { resource: 'report', action: 'read', what: 'GET /api/reporting/periods', call: (c) => c.get('/api/reporting/periods') },
  { resource: 'report', action: 'read', what: 'GET /api/reports', call: (c) => c.get('/api/reports?period=2026-11') },
  { resource: 'report', action: 'read', what: 'GET /api/reports/:id', call: async (c) => c.get(`/api/reports/${await probeReport(c)}`) },
  { resource: 'report', action: 'read', what: 'GET /api/reports/:id/versions/:version', call: async (c) => c.get(`/api/reports/${await probeReport(c)}/versions/1`) },
  { resource: 'report', action: 'read', what: 'GET /api/reports/:id/stream-candidates', call: async (c) => c.get(`/api/reports/${await probeReport(c)}/stream-candidates`) },
  { resource: 'report', action: 'read', what: 'GET /api/reporting/extensions', call: (c) => c.get('/api/reporting/extensions?period=2026-11') },
  { resource: 'report', action: 'read', what: 'GET /api/reporting/compliance', call: (c) => c.get('/api/reporting/compliance?period=2026-11') },
  { resource: 'report', action: 'read', what: 'GET /api/reporting/compliance/grid', call: (c) => c.get('/api/reporting/compliance/grid?months=3') },
  { resource: 'report', action: 'create', what: 'POST /api/reports', call: (c, f) => c.post('/api/reports', { periodKey: '2026-11', unitId: f.kdc05 }) },
  {
    resource: 'report', action: 'update', what: 'PUT /api/reports/:id',
    call: async (c, _f, who) => {
      const id = await probeReport(c)
      const current = await c.get(`/api/reports/${id}`)
      return c.put(`/api/reports/${id}`, { version: current.statusCode === 200 ? json(current).version : 1, sections: [{ code: 'I', body: `Ghi bởi ${who}` }] })
    },
  },
  { resource: 'report', action: 'update', what: 'POST /api/reports/:id/refresh-stats', call: async (c) => c.post(`/api/reports/${await probeReport(c)}/refresh-stats`, {}) },
  { resource: 'report', action: 'export', what: 'GET /api/reporting/compliance.xlsx', call: (c) => c.get('/api/reporting/compliance.xlsx?months=3') },
  {
    resource: 'report', action: 'manage', what: 'POST /api/reporting/extensions',
    call: (c, f, who) => c.post('/api/reporting/extensions', { periodKey: '2026-11', unitId: f.kdc05, until: '2026-11-30', reason: `Gia hạn do ${who}` }),
  },
  { resource: 'report', action: 'manage', what: 'POST /api/reporting/periods', call: (c, _f, who) => c.post('/api/reporting/periods', { from: '2026-11-01', to: '2026-11-05', title: `Báo cáo nhanh của ${who}` }) },
  { resource: 'report', action: 'export', what: 'GET /api/reports/:id/export', call: async (c) => c.get(`/api/reports/${await probeReport(c)}/export?format=xlsx`) },
  { resource: 'ward_report', action: 'export', what: 'GET /api/reports/:id/export (ward)', call: async (c, f) => c.get(`/api/reports/${await probeWardReport(c, f)}/export?format=xlsx`) },
  // the ward's consolidated report (#4, ward): read the period's report, draft, redraft, approve; the document of a unit report
  { resource: 'ward_report', action: 'read', what: 'GET /api/reports/ward', call: (c) => c.get('/api/reports/ward?period=2026-11') },
  { resource: 'ward_report', action: 'read', what: 'GET /api/reports/:id/document (ward)', call: async (c, f) => c.get(`/api/reports/${await probeWardReport(c, f)}/document`) },
  { resource: 'ward_report', action: 'create', what: 'POST /api/reports/ward', call: (c, f) => c.post('/api/reports/ward', { periodKey: '2026-11', unitId: f.hb }) },
  { resource: 'ward_report', action: 'update', what: 'POST /api/reports/:id/redraft', call: async (c, f) => c.post(`/api/reports/${await probeWardReport(c, f)}/redraft`, {}) },
  { resource: 'ward_report', action: 'manage', what: 'POST /api/reports/:id/approve', call: async (c, f) => c.post(`/api/reports/${await probeWardReport(c, f)}/approve`, {}) },
  { resource: 'report', action: 'read', what: 'GET /api/reports/:id/document', call: async (c) => c.get(`/api/reports/${await probeReport(c)}/document`) },
  // surveys (#6): a shared open survey with results visible (made by the first account that may), fresh ones for the steps
  { resource: 'survey', action: 'read', what: 'GET /api/surveys', call: (c) => c.get('/api/surveys') },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/progress', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/progress`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/form.xlsx', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/form.xlsx`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/qr.png', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/qr.png`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/invites', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/invites`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/invites.csv', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/invites.csv`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/weights', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/weights`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/results', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/results`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/crosstab', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/crosstab?row=sex&col=q1`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/breakdown', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/breakdown?question=q1&by=sex`) },
  { resource: 'survey', action: 'read', what: 'GET /api/surveys/:id/open-answers', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/open-answers?question=y`) },
  { resource: 'survey', action: 'read', what: 'GET /api/survey-database/questions', call: (c) => c.get('/api/survey-database/questions?q=gioi') },
  { resource: 'survey', action: 'read', what: 'GET /api/survey-database/series', call: (c) => c.get('/api/survey-database/series') },
  { resource: 'survey', action: 'read', what: 'GET /api/survey-database/trend', call: async (c, f) => (await probeSurvey(c, f), c.get('/api/survey-database/trend?seriesKey=probe&question=q1')) },
  { resource: 'survey', action: 'create', what: 'POST /api/surveys', call: (c, f, who) => c.post('/api/surveys', probeSurveyBody(f, who)) },
  { resource: 'survey', action: 'update', what: 'PATCH /api/surveys/:id', call: async (c, f, who) => c.patch(`/api/surveys/${await probeSurvey(c, f)}`, { description: `Sửa bởi ${who}` }) },
  { resource: 'survey', action: 'update', what: 'PUT /api/surveys/:id/weights', call: async (c, f) => c.put(`/api/surveys/${await probeSurvey(c, f)}/weights`, { margins: { sex: { nam: 0.5, nu: 0.5 } } }) },
  { resource: 'survey', action: 'update', what: 'DELETE /api/surveys/:id/weights', call: async (c, f) => c.del(`/api/surveys/${await probeSurvey(c, f)}/weights`) },
  { resource: 'survey', action: 'import', what: 'POST /api/surveys/import-form', call: async (c, f) => { const m = multipartFile('form.xlsx', await probeXlsForm(), 'application/octet-stream'); return c.request('POST', `/api/surveys/import-form?unitId=${f.hb}`, m.payload, m.headers) } },
  { resource: 'survey', action: 'export', what: 'GET /api/surveys/:id/report.docx', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/report.docx`) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/open', call: async (c, f, who) => c.post(`/api/surveys/${await freshSurvey(c, f, who, [])}/open`, {}) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/close', call: async (c, f, who) => c.post(`/api/surveys/${await freshSurvey(c, f, who, ['open'])}/close`, {}) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/publish', call: async (c, f, who) => c.post(`/api/surveys/${await freshSurvey(c, f, who, ['open', 'close'])}/publish`, {}) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/unpublish', call: async (c, f, who) => c.post(`/api/surveys/${await freshSurvey(c, f, who, ['open', 'close', 'publish'])}/unpublish`, {}) },
  { resource: 'survey', action: 'manage', what: 'DELETE /api/surveys/:id', call: async (c, f, who) => c.del(`/api/surveys/${await freshSurvey(c, f, who, [])}`) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/public-token', call: async (c, f) => c.post(`/api/surveys/${await probeSurvey(c, f)}/public-token`, {}) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/invites', call: async (c, f) => c.post(`/api/surveys/${await probeSurvey(c, f)}/invites`, { count: 1 }) },
  { resource: 'survey', action: 'manage', what: 'POST /api/surveys/:id/invites.csv', call: async (c, f) => c.post(`/api/surveys/${await probeSurvey(c, f)}/invites.csv`, { count: 1 }) },
  { resource: 'survey_response', action: 'read', what: 'GET /api/surveys/:id/responses', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/responses`) },
  { resource: 'survey_response', action: 'create', what: 'POST /api/surveys/:id/responses', call: async (c, f) => c.post(`/api/surveys/${await probeSurvey(c, f)}/responses`, { clientId: crypto.randomUUID(), answers: { sex: 'nu', q1: 'co' } }) },
  { resource: 'survey_response', action: 'create', what: 'GET /api/surveys/fieldwork', call: (c) => c.get('/api/surveys/fieldwork') },
  { resource: 'survey_response', action: 'import', what: 'POST /api/surveys/:id/responses/import', call: async (c, f, who) => upload(c, `/api/surveys/${await probeSurvey(c, f)}/responses/import`, 'phieu.csv', `_id,sex,q1\nimp-${who},nam,khong\n`) },
  { resource: 'survey_response', action: 'export', what: 'GET /api/surveys/:id/responses.csv', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/responses.csv`) },
  { resource: 'survey_response', action: 'export', what: 'GET /api/surveys/:id/responses.xlsx', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/responses.xlsx`) },
  { resource: 'survey_response', action: 'export', what: 'GET /api/surveys/:id/codebook.csv', call: async (c, f) => c.get(`/api/surveys/${await probeSurvey(c, f)}/codebook.csv`) },
]

/** A small survey owned by the ward: sex and q1 (single), y (open text); a series so that the trend has a wave. */
function probeSurveyBody(f: Fixture, who: string) {
  const choices = (...v: string[]) => v.map((value) => ({ value, label: value }))
  return {
    title: `Khảo sát thử của ${who}`, unitId: f.hb, kind: 'periodic', seriesKey: 'probe', resultsVisibleWhileOpen: true, quotas: { fields: { sex: 'sex' } },
    questionnaire: { title: 'Khảo sát thử', sections: [{ name: 's1', title: 'Phần 1', questions: [
      { name: 'sex', type: 'single', label: 'Giới tính', choices: choices('nam', 'nu') },
      { name: 'q1', type: 'single', label: 'Có hài lòng không', choices: choices('co', 'khong') },
      { name: 'y', type: 'text', label: 'Ý kiến khác' },
    ] }] },
  }
}
let surveySeen: string | undefined
/** The shared survey: made, opened and given one answer of each sex by the first account that may (the admin). */
async function probeSurvey(c: Client, f: Fixture): Promise<string> {
  if (surveySeen) return surveySeen
  const made = await c.post('/api/surveys', probeSurveyBody(f, 'chung'))
  if (made.statusCode !== 201) return 'khong-co'
  const id: string = json(made).id
  await c.post(`/api/surveys/${id}/open`, {})
  for (const sex of ['nam', 'nu']) await c.post(`/api/surveys/${id}/responses`, { clientId: crypto.randomUUID(), answers: { sex, q1: 'co' } })
  surveySeen = id
  return id
}
/** A new survey of the caller taken through `steps`, or (when they may not create one) the shared survey. */
async function freshSurvey(c: Client, f: Fixture, who: string, steps: string[]): Promise<string> {
  const made = await c.post('/api/surveys', probeSurveyBody(f, who))
  if (made.statusCode !== 201) return probeSurvey(c, f)
  const id: string = json(made).id
  for (const step of steps) await c.post(`/api/surveys/${id}/${step}`, {})
  return id
}
let xlsForm: Buffer | undefined
/** A two-question XLSForm workbook. */
async function probeXlsForm(): Promise<Buffer> {
  if (xlsForm) return xlsForm
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('survey').addRows([['type', 'name', 'label'], ['select_one yn', 'q1', 'Có đồng ý không'], ['text', 'y', 'Ý kiến']])
  wb.addWorksheet('choices').addRows([['list_name', 'name', 'label'], ['yn', 'co', 'Có'], ['yn', 'khong', 'Không']])
  wb.addWorksheet('settings').addRows([['form_title'], ['Biểu mẫu thử']])
  xlsForm = Buffer.from(await wb.xlsx.writeBuffer())
  return xlsForm
}

/** The ward's November report once someone drafted it (the focal board's probe does, before the unit officer's). */
let wardReportSeen: string | undefined
/** The ward's November report: drafted by the caller when they may, else the first they can list, else the one seen. */
async function probeWardReport(c: Client, f: Fixture): Promise<string> {
  const drafted = await c.post('/api/reports/ward', { periodKey: '2026-11', unitId: f.hb })
  const listed = drafted.statusCode < 300 ? undefined : await c.get('/api/reports?period=2026-11&level=ward')
  const id: string | undefined = drafted.statusCode < 300 ? json(drafted).id : listed?.statusCode === 200 ? json(listed).items[0]?.id : undefined
  wardReportSeen = id ?? wardReportSeen
  return id ?? wardReportSeen ?? 'khong-co'
}

/**
 * The November report of HB-CB-KDC01: opened by the caller when they may open it, else the first one they can list,
 * else an id that exists nowhere.
 */
async function probeReport(c: Client): Promise<string> {
  const units = await c.get('/api/units')
  const kdc01 = units.statusCode === 200 ? json(units).items.find((u: { code: string }) => u.code === 'HB-CB-KDC01')?.id : undefined
  const opened = kdc01 ? await c.post('/api/reports', { periodKey: '2026-11', unitId: kdc01 }) : undefined
  if (opened && opened.statusCode < 300) return json(opened).id
  const listed = await c.get('/api/reports?period=2026-11')
  return (listed.statusCode === 200 ? json(listed).items[0]?.id : undefined) ?? 'khong-co'
}

/** An issue the caller opened at the first unit they see, or, when they may not open one, an id that exists nowhere. */
async function probeIssue(c: Client, who: string): Promise<string> {
  const units = await c.get('/api/units')
  const unitId: string | undefined = units.statusCode === 200 ? json(units).items[0]?.id : undefined
  const made = unitId ? await c.post('/api/issues', { title: `Vấn đề thử của ${who}`, topic: 'khac', unitId }) : undefined
  return made?.statusCode === 201 ? json(made).id : 'khong-co'
}

/** Records an opinion as the caller in HB-CB-KDC01 when they see it, else in the first unit they see (a delegate: HB-HDND). */
async function postOpinion(c: Client, who: string, contact = false) {
  const units = await c.get('/api/units')
  const items: { id: string; code: string }[] = units.statusCode === 200 ? json(units).items : []
  const unit = items.find((u) => u.code === 'HB-CB-KDC01') ?? items[0]
  const res = await c.post('/api/opinions', {
    channel: 'other', unitId: unit?.id ?? 'khong-co', heardOn: '2026-11-01', title: `Phiếu thử của ${who}`, content: 'Đường ngập sau mưa.',
    streams: [{ topics: ['khac'], direction: 'unknown' }], ...(contact ? { contact: { fullName: 'Người Dân Thử', phone: '0900 000 000' } } : {}),
  })
  return { res, id: res.statusCode === 201 ? (json(res).id as string) : null }
}

/** A record the caller just made (with a contact if asked), or, when they may not record, an id that exists nowhere. */
async function probeOpinion(c: Client, who: string, contact = false): Promise<string> {
  return (await postOpinion(c, who, contact)).id ?? 'khong-co'
}

const allowedBy = (role: Role, resource: Resource, action: Action) => (POLICY[resource][action] ?? []).includes(role)
const json = (r: LightMyRequestResponse) => JSON.parse(r.body)

/** What the collaborator, meeting and topic-to-watch probes work on, made by the system actor before the probes run. */
type IntakeFixture = Fixture & { hdnd: string; collaborator: string; meeting: string; watchTopic: string }
const ix = (f: Fixture) => f as IntakeFixture
async function intakeFixture(t: TestApp, f: Fixture) {
  const hdnd = await unitId(t.conn, 'HB-HDND')
  const collaborator = await createCollaborator(t.ctx(), createCollaboratorInput.parse({ fullName: 'Cộng tác viên Mẫu', unitId: f.kdc05, allowanceKind: 'fixed', allowanceAmount: 300_000 }))
  const meeting = await createMeeting(t.ctx(), createMeetingInput.parse({ unitId: hdnd, heldOn: '2026-11-05', place: 'Nhà văn hoá tổ dân phố số 9' }))
  const topic = await createWatchTopic(t.ctx(), createWatchTopicInput.parse({ unitId: f.hb, title: 'Nội dung cần nắm bắt mẫu' }))
  return { hdnd, collaborator: collaborator.id, meeting: meeting.id, watchTopic: topic.id }
}

// every entry of the policy table has a probe here, or is named as having no endpoint: a new rule cannot go untested
describe('the access matrix covers the policy table', () => {
  it('every (resource, action) in POLICY is probed or declared endpoint-less', () => {
    const probed = new Set(PROBES.map((p) => `${p.resource}.${p.action}`))
    const missing: string[] = []
    for (const r of RESOURCES) for (const a of ACTIONS) {
      if (!POLICY[r][a]) continue
      const key = `${r}.${a}`
      if (!probed.has(key) && !NO_ENDPOINT.has(key)) missing.push(key)
    }
    assert.deepEqual(missing, [])
    for (const p of PROBES) assert.ok(POLICY[p.resource][p.action], `${p.resource}.${p.action} is in POLICY`)
  })
})

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: access matrix (role × resource × action)`, () => {
    let t: TestApp
    let f: Fixture
    const clients = new Map<string, Client>()

    before(async () => {
      t = await startTestApp(dialect)
      const kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      const target = await createUser(t.ctx(), { username: 'muc-tieu', fullName: 'Người Đích', password: 'muc-tieu-123', roles: [{ role: 'viewer', unitId: kdc02 }] })
      const token = await createToken(t.ctx(), { userId: target.user.id, name: 'Mã để thu hồi' })
      const area = await t.conn.db.selectFrom('area').select('id').where('code', '=', 'HB-TDP05').executeTakeFirstOrThrow()
      const ctvRow = await t.conn.db.selectFrom('app_user').select('id').where('username', '=', 'ctv').executeTakeFirstOrThrow()
      f = {
        hb: await unitId(t.conn, 'HB'), hp: await unitId(t.conn, 'HP'), kdc05: await unitId(t.conn, 'HB-CB-KDC05'),
        kdc09: await unitId(t.conn, 'HB-CB-KDC09'), duub: await unitId(t.conn, 'HB-DUUB'), area: area.id,
        target: target.user.id, ctvId: ctvRow.id, token: token.item.id,
      }
      Object.assign(f, await intakeFixture(t, f))
      for (const a of ACCOUNTS) clients.set(a.username, await signIn(t.app, a.username))
    })
    after(() => t.close())

    for (const account of ACCOUNTS) {
      it(`${account.username} (${account.role}) gets exactly what POLICY grants`, async () => {
        const c = clients.get(account.username)!
        const wrong: string[] = []
        for (const p of PROBES) {
          const expected = allowedBy(account.role, p.resource, p.action)
          const res = await p.call(c, f, account.username)
          assert.notEqual(res.statusCode, 401, `${p.what}: the session of ${account.username} must stay valid`)
          const allowed = res.statusCode !== 403
          if (allowed !== expected) wrong.push(`${p.what} (${p.resource}.${p.action}): expected ${expected ? 'allowed' : 'forbidden'}, got ${res.statusCode} ${res.body.slice(0, 200)}`)
          if (!allowed) assert.equal(json(res).error.code, 'FORBIDDEN', p.what)
          // an allowed call does its work, or finds nothing when the fixture lies outside the actor's subtree
          else if (expected && res.statusCode >= 300 && res.statusCode !== 404) wrong.push(`${p.what}: allowed but failed with ${res.statusCode} ${res.body.slice(0, 200)}`)
        }
        assert.deepEqual(wrong, [])
      })

      it(`${account.username}: /api/auth/me lists the permissions of POLICY for ${account.role}`, async () => {
        const me = json(await clients.get(account.username)!.get('/api/auth/me'))
        for (const r of RESOURCES) assert.deepEqual(me.permissions[r], ACTIONS.filter((a) => allowedBy(account.role, r, a)), r)
      })
    }
  })

  describe(`${dialect.name}: scope of reads`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('a collaborator at HB-CB-KDC01 sees exactly that subtree; another unit is 404, not 403', async () => {
      const ctv = await signIn(t.app, 'ctv')
      for (const url of ['/api/units', '/api/units?includeInactive=1']) {
        const list = json(await ctv.get(url))
        assert.deepEqual(list.items.map((u: { code: string }) => u.code), ['HB-CB-KDC01'])
        assert.equal(list.total, 1)
      }
      assert.equal(json(await ctv.get('/api/units?q=KDC02')).total, 0)
      const other = await unitId(t.conn, 'HB-CB-KDC02')
      for (const url of [`/api/units/${other}`, `/api/units/${other}/history`]) {
        const res = await ctv.get(url)
        assert.equal(res.statusCode, 404, url)
        assert.equal(json(res).error.code, 'UNIT_NOT_FOUND')
      }
      assert.equal((await ctv.get(`/api/units/${await unitId(t.conn, 'HB-CB-KDC01')}`)).statusCode, 200)
    })

    it('a unit officer at HB-CB-KDC01 lists and counts only accounts of that subtree', async () => {
      const kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      const kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      await createUser(t.ctx(), { username: 'ctv-hai', fullName: 'Cộng tác viên Hai', password: 'matkhau-123', roles: [{ role: 'collaborator', unitId: kdc01 }] })
      const outside = await createUser(t.ctx(), { username: 'ctv-ngoai', fullName: 'Cộng tác viên Ngoài', password: 'matkhau-123', roles: [{ role: 'collaborator', unitId: kdc02 }] })
      const officer = await signIn(t.app, 'phutrach')
      const list = json(await officer.get('/api/users?pageSize=500'))
      assert.deepEqual(list.items.map((u: { username: string }) => u.username).sort(), ['ctv', 'ctv-hai', 'phutrach'])
      assert.equal(list.total, 3)
      const page = json(await officer.get('/api/users?pageSize=1&page=2'))
      assert.equal(page.items.length, 1)
      assert.equal(page.total, 3)
      // a search that would match the outside account counts nothing
      assert.deepEqual(json(await officer.get('/api/users?q=ngoai')), { items: [], total: 0 })
      const res = await officer.get(`/api/users/${outside.user.id}`)
      assert.equal(res.statusCode, 404)
      assert.equal(json(res).error.code, 'USER_NOT_FOUND')
    })

    it('an auditor at HB sees no event that concerns HP only, neither in items nor in total', async () => {
      const admin = await signIn(t.app, 'admin')
      const hp = await unitId(t.conn, 'HP')
      const created = await admin.post('/api/units', { code: 'HP-BTG', name: 'Ban Tuyên giáo Thành uỷ', kind: 'co_quan', parentId: hp })
      assert.equal(created.statusCode, 201, created.body)
      const secret = json(created).id
      const auditor = await signIn(t.app, 'kiemtra')
      const hbPath = (await t.conn.db.selectFrom('unit').select('path').where('code', '=', 'HB').executeTakeFirstOrThrow()).path

      const mine = json(await auditor.get('/api/audit?action=unit.create&pageSize=500'))
      assert.ok(!mine.items.some((e: { resourceId: string }) => e.resourceId === secret))
      assert.equal(mine.total, mine.items.length)
      const inHb = await t.conn.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', 'like', 'unit.create%').where('unit_path', 'like', `${hbPath}%`).executeTakeFirstOrThrow()
      assert.equal(mine.total, Number(inHb.n))

      const all = json(await admin.get('/api/audit?action=unit.create&pageSize=500'))
      assert.ok(all.items.some((e: { resourceId: string }) => e.resourceId === secret))
      assert.equal(all.total, mine.total + 2, 'admin also sees the creation of HP and of HP-BTG')

      // every event the auditor can see lies under HB; the unfiltered total is the number of such events
      const everything = json(await auditor.get('/api/audit?pageSize=500'))
      const underHb = await t.conn.db.selectFrom('audit_event').select('id').where('unit_path', 'like', `${hbPath}%`).execute()
      assert.deepEqual(everything.items.map((e: { id: number }) => e.id).sort(), underHb.map((r) => Number(r.id)).sort())
      assert.equal(everything.total, underHb.length)

      const csv = await auditor.get('/api/audit/export.csv')
      assert.equal(csv.statusCode, 200)
      assert.ok(!csv.body.includes(secret))
    })

    it('a denied attempt is itself audited with outcome "denied"', async () => {
      const viewer = await signIn(t.app, 'xem')
      const hb = await unitId(t.conn, 'HB')
      const res = await viewer.post('/api/units', { code: 'HB-CAM', name: 'Không được tạo', kind: 'chi_bo', parentId: hb })
      assert.equal(res.statusCode, 403)
      assert.equal(await t.conn.db.selectFrom('unit').select('id').where('code', '=', 'HB-CAM').executeTakeFirst(), undefined)
      const admin = await signIn(t.app, 'admin')
      const denied = json(await admin.get('/api/audit?outcome=denied&actor=xem'))
      assert.equal(denied.total, 1)
      assert.equal(denied.items[0].action, 'unit.create')
      assert.equal(denied.items[0].outcome, 'denied')
      assert.equal(denied.items[0].actorUsername, 'xem')
    })
  })
}
