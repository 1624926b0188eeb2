/** Surveys (điều tra DLXH) for signed-in users: see the API list at the top of src/shared/survey.schema.ts. */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { langFrom } from '../../shared/i18n/index.ts'
import {
  breakdownQuery, createInvitesInput, createSurveyInput, crosstabQuery, importFormQuery, interviewerResponseInput, openAnswersQuery,
  questionSearchQuery, responsesQuery, surveyListQuery, trendQuery, updateSurveyInput, weightsInput,
} from '../../shared/survey.schema.ts'
import { createSurvey } from '../../services/surveys/create-survey.ts'
import { updateSurvey } from '../../services/surveys/update-survey.ts'
import { deleteSurvey } from '../../services/surveys/delete-survey.ts'
import { getSurvey } from '../../services/surveys/get-survey.ts'
import { listSurveysOf } from '../../services/surveys/list-surveys.ts'
import { listFieldworkSurveys } from '../../services/surveys/list-fieldwork-surveys.ts'
import { changeStatus, type SurveyStep } from '../../services/surveys/change-survey-status.ts'
import { renewPublicToken } from '../../services/surveys/renew-public-token.ts'
import { importForm } from '../../services/surveys/import-form.ts'
import { exportForm } from '../../services/surveys/export-form.ts'
import { createInvites } from '../../services/surveys/create-invites.ts'
import { listInvitesOf } from '../../services/surveys/list-invites.ts'
import { fieldworkProgress } from '../../services/surveys/fieldwork-progress.ts'
import { submitResponse } from '../../services/surveys/submit-response.ts'
import { listResponses } from '../../services/surveys/list-responses.ts'
import { importResponses, importResultWithMessages } from '../../services/surveys/import-responses.ts'
import { exportCodebook, exportResponses } from '../../services/surveys/export-responses.ts'
import { getWeights, setWeights } from '../../services/surveys/set-weights.ts'
import { clearWeights } from '../../services/surveys/clear-weights.ts'
import { getResults } from '../../services/surveys/survey-results.ts'
import { getBreakdown, getCrosstab } from '../../services/surveys/survey-crosstab.ts'
import { getOpenAnswers } from '../../services/surveys/open-answers.ts'
import { searchSurveyQuestions } from '../../services/surveys/survey-database.ts'
import { listSeries, questionTrend } from '../../services/surveys/question-trend.ts'
import { surveyReport } from '../../services/surveys/survey-report.ts'
import { surveyQr } from '../../services/surveys/survey-qr.ts'
import { csvLine } from '../../exports/csv.ts'
import { apiRoute } from '../api-route.ts'
import { readUpload } from '../upload.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** `filename*` for any name, with a plain ASCII fallback. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** The public page of a survey as people open it: this server's origin (or the configured public one) + /khao-sat/<token>. */
export function publicLink(req: FastifyRequest, token: string): string {
  const configured = req.serviceContext().config.publicOrigins[0]
  const origin = configured ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`
  return `${origin}/khao-sat/${encodeURIComponent(token)}`
}

const qrQuery = z.object({ size: z.coerce.number().int().min(64).max(2048).default(512) })

export function surveyRoutes(app: FastifyInstance) {
  const T = 'surveys'
  apiRoute(app, { method: 'GET', url: '/api/surveys', tag: T, summary: 'Các cuộc điều tra trong phạm vi', query: surveyListQuery },
    async ({ ctx, query }) => listSurveysOf(ctx, query))
  apiRoute(app, { method: 'POST', url: '/api/surveys', tag: T, summary: 'Tạo cuộc điều tra (bản nháp)', body: createSurveyInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createSurvey(ctx, body)
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/fieldwork', tag: T, summary: 'Các cuộc điều tra đang mở mà người gọi được nhập phiếu (điều tra viên)' },
    async ({ ctx }) => listFieldworkSurveys(ctx))
  apiRoute(app, { method: 'POST', url: '/api/surveys/import-form', tag: T, summary: 'Tạo cuộc điều tra từ tệp XLSForm (multipart, trường file)', query: importFormQuery },
    async ({ req, ctx, query, reply }) => {
      const file = await readUpload(req)
      reply.code(201)
      return importForm(ctx, { ...file, unitId: query.unitId })
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id', tag: T, summary: 'Một cuộc điều tra' }, async ({ ctx, params }) => getSurvey(ctx, params.id!))
  apiRoute(app, { method: 'PATCH', url: '/api/surveys/:id', tag: T, summary: 'Sửa cuộc điều tra', body: updateSurveyInput },
    async ({ ctx, params, body }) => updateSurvey(ctx, params.id!, body))
  apiRoute(app, { method: 'DELETE', url: '/api/surveys/:id', tag: T, summary: 'Xoá bản nháp chưa có phiếu' }, async ({ ctx, params }) => deleteSurvey(ctx, params.id!))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/form.xlsx', tag: T, summary: 'Bảng hỏi dạng XLSForm', produces: XLSX },
    async ({ ctx, params, reply }) => {
      const f = await exportForm(ctx, params.id!)
      return reply.type(XLSX).header('content-disposition', contentDisposition(f.filename)).send(f.data)
    })
  for (const step of ['open', 'close', 'publish', 'unpublish'] as SurveyStep[]) {
    apiRoute(app, { method: 'POST', url: `/api/surveys/:id/${step}`, tag: T, summary: `Chuyển trạng thái: ${step}`, body: z.strictObject({}) },
      async ({ ctx, params }) => changeStatus(ctx, params.id!, step))
  }
  apiRoute(app, { method: 'POST', url: '/api/surveys/:id/public-token', tag: T, summary: 'Đổi đường dẫn công khai (đường dẫn cũ hết hiệu lực)', body: z.strictObject({}) },
    async ({ ctx, params }) => renewPublicToken(ctx, params.id!))
  for (const format of ['png', 'svg'] as const) {
    apiRoute(app, { method: 'GET', url: `/api/surveys/:id/qr.${format}`, tag: T, summary: 'Mã QR của đường dẫn công khai', query: qrQuery, produces: format === 'png' ? 'image/png' : 'image/svg+xml' },
      async ({ req, ctx, params, query, reply }) => {
        const survey = await getSurvey(ctx, params.id!)
        const qr = await surveyQr(publicLink(req, survey.publicToken), format, query.size)
        return reply.type(qr.contentType).send(qr.data)
      })
  }
  apiRoute(app, { method: 'POST', url: '/api/surveys/:id/invites', tag: T, summary: 'Tạo mã mời dùng một lần (chỉ hiện một lần)', body: createInvitesInput },
    async ({ req, ctx, params, body, reply }) => {
      reply.code(201)
      return createInvites(ctx, params.id!, body.count, (token) => publicLink(req, token))
    })
  apiRoute(app, { method: 'POST', url: '/api/surveys/:id/invites.csv', tag: T, summary: 'Tạo mã mời, tải về dạng CSV', body: createInvitesInput, produces: 'text/csv' },
    async ({ req, ctx, params, body, reply }) => {
      const batch = await createInvites(ctx, params.id!, body.count, (token) => publicLink(req, token))
      const data = '\uFEFF' + csvLine(['code', 'link']) + batch.codes.map((c) => csvLine([c.code, c.link])).join('')
      return reply.type('text/csv; charset=utf-8').header('content-disposition', contentDisposition(`ma-moi-${batch.batch.slice(0, 8)}.csv`)).send(data)
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/invites', tag: T, summary: 'Các mã mời (gợi nhớ, đã dùng chưa)' },
    async ({ ctx, params }) => listInvitesOf(ctx, params.id!))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/invites.csv', tag: T, summary: 'Danh sách mã mời dạng CSV', produces: 'text/csv' },
    async ({ ctx, params, reply }) => {
      const list = await listInvitesOf(ctx, params.id!)
      const data = '\uFEFF' + csvLine(['hint', 'batch', 'created_at', 'used_at']) + list.items.map((i) => csvLine([i.hint, i.batch, i.createdAt, i.usedAt])).join('')
      return reply.type('text/csv; charset=utf-8').header('content-disposition', contentDisposition('ma-moi.csv')).send(data)
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/progress', tag: T, summary: 'Tiến độ thu phiếu và chỉ tiêu' },
    async ({ ctx, params }) => fieldworkProgress(ctx, params.id!))
  apiRoute(app, { method: 'POST', url: '/api/surveys/:id/responses', tag: T, summary: 'Nhập phiếu của điều tra viên hoặc phiếu giấy (clientId: gửi lại không tạo bản trùng)', body: interviewerResponseInput },
    async ({ ctx, params, body, reply }) => {
      const r = await submitResponse(ctx, params.id!, body)
      reply.code(r.created ? 201 : 200)
      return r
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/responses', tag: T, summary: 'Các phiếu trả lời (ẩn danh)', query: responsesQuery },
    async ({ ctx, params, query }) => listResponses(ctx, params.id!, query))
  apiRoute(app, { method: 'POST', url: '/api/surveys/:id/responses/import', tag: T, summary: 'Nhập phiếu từ CSV hoặc XLSX (multipart, trường file)', query: z.object({ strict: z.enum(['0', '1']).optional() }) },
    async ({ req, ctx, params, query }) => {
      const file = await readUpload(req)
      return importResultWithMessages(await importResponses(ctx, { surveyId: params.id!, ...file, strict: query.strict === '1' }), langFrom(req.headers['accept-language']))
    })
  for (const format of ['csv', 'xlsx'] as const) {
    apiRoute(app, { method: 'GET', url: `/api/surveys/:id/responses.${format}`, tag: T, summary: 'Xuất phiếu ẩn danh (XLSX kèm sổ mã)', produces: format === 'csv' ? 'text/csv' : XLSX },
      async ({ ctx, params, reply }) => {
        const f = await exportResponses(ctx, params.id!, format)
        return reply.type(f.contentType).header('content-disposition', contentDisposition(f.filename)).send(f.data)
      })
  }
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/codebook.csv', tag: T, summary: 'Sổ mã của bảng hỏi', produces: 'text/csv' },
    async ({ ctx, params, reply }) => {
      const f = await exportCodebook(ctx, params.id!)
      return reply.type(f.contentType).header('content-disposition', contentDisposition(f.filename)).send(f.data)
    })
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/weights', tag: T, summary: 'Biên tổng thể và quyền số' },
    async ({ ctx, params }) => (await getWeights(ctx, params.id!)) ?? { margins: null })
  apiRoute(app, { method: 'PUT', url: '/api/surveys/:id/weights', tag: T, summary: 'Đặt biên tổng thể, tính quyền số (raking)', body: weightsInput },
    async ({ ctx, params, body }) => setWeights(ctx, params.id!, body))
  apiRoute(app, { method: 'DELETE', url: '/api/surveys/:id/weights', tag: T, summary: 'Bỏ quyền số' }, async ({ ctx, params }) => clearWeights(ctx, params.id!))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/results', tag: T, summary: 'Kết quả theo câu hỏi, có quyền số và sai số' },
    async ({ ctx, params }) => getResults(ctx, params.id!))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/crosstab', tag: T, summary: 'Bảng chéo hai câu hỏi, kiểm định khi bình phương', query: crosstabQuery },
    async ({ ctx, params, query }) => getCrosstab(ctx, params.id!, query.row, query.col))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/breakdown', tag: T, summary: 'Một câu hỏi theo địa bàn, giới tính, nhóm tuổi hoặc tầng lớp', query: breakdownQuery },
    async ({ ctx, params, query }) => getBreakdown(ctx, params.id!, query.question, query.by))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/open-answers', tag: T, summary: 'Câu trả lời mở theo lĩnh vực và khuynh hướng', query: openAnswersQuery },
    async ({ ctx, params, query }) => getOpenAnswers(ctx, params.id!, query.question))
  apiRoute(app, { method: 'GET', url: '/api/surveys/:id/report.docx', tag: T, summary: 'Báo cáo kết quả điều tra (DOCX)', produces: DOCX },
    async ({ ctx, params, reply }) => {
      const f = await surveyReport(ctx, params.id!)
      return reply.type(DOCX).header('content-disposition', contentDisposition(f.filename)).send(f.data)
    })
  apiRoute(app, { method: 'GET', url: '/api/survey-database/questions', tag: T, summary: 'Tìm câu hỏi trong cơ sở dữ liệu điều tra (không dấu cũng được)', query: questionSearchQuery },
    async ({ ctx, query }) => searchSurveyQuestions(ctx, query))
  apiRoute(app, { method: 'GET', url: '/api/survey-database/series', tag: T, summary: 'Các loạt điều tra định kỳ và các đợt' }, async ({ ctx }) => listSeries(ctx))
  apiRoute(app, { method: 'GET', url: '/api/survey-database/trend', tag: T, summary: 'Cùng một câu hỏi qua các đợt', query: trendQuery },
    async ({ ctx, query }) => questionTrend(ctx, query.seriesKey, query.question))
}
