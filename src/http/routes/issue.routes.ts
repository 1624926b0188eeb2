/** Issues (vấn đề, điểm nóng): list, suggest, read, open, edit, link streams, refer, answer, move; the public answers. */
import type { FastifyInstance } from 'fastify'
import {
  answerReferralInput, createIssueInput, createReferralInput, issueQuery, linkStreamsInput, publicAnswersQuery, suggestIssuesQuery, transitionIssueInput, updateIssueInput,
} from '../../shared/issue.schema.ts'
import { listIssues } from '../../services/issues/list-issues.ts'
import { suggestIssues } from '../../services/issues/suggest-issues.ts'
import { getIssue } from '../../services/issues/get-issue.ts'
import { createIssue } from '../../services/issues/create-issue.ts'
import { updateIssue } from '../../services/issues/update-issue.ts'
import { linkStreams } from '../../services/issues/link-streams.ts'
import { unlinkStream } from '../../services/issues/unlink-stream.ts'
import { referIssue } from '../../services/issues/refer-issue.ts'
import { answerReferral } from '../../services/issues/answer-referral.ts'
import { transitionIssue } from '../../services/issues/transition-issue.ts'
import { listPublicAnswers } from '../../services/issues/list-public-answers.ts'
import { apiRoute } from '../api-route.ts'

export function issueRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/issues', tag: 'issues', summary: 'Các vấn đề trong phạm vi (lọc theo trạng thái, lĩnh vực, từ khoá không dấu)', query: issueQuery },
    async ({ ctx, query }) => listIssues(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/issues/suggest', tag: 'issues', summary: 'Các vấn đề đang mở giống nội dung một phiếu (gợi ý gắn)', query: suggestIssuesQuery },
    async ({ ctx, query }) => suggestIssues(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/issues/:id', tag: 'issues', summary: 'Một vấn đề: luồng ý kiến đã gắn, chuyển xử lý, diễn biến' },
    async ({ ctx, params }) => getIssue(ctx, { issueId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/issues', tag: 'issues', summary: 'Tạo vấn đề (có thể gắn ngay các luồng ý kiến)', body: createIssueInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createIssue(ctx, body)
    })

  apiRoute(app, { method: 'PATCH', url: '/api/issues/:id', tag: 'issues', summary: 'Sửa tiêu đề, mô tả, lĩnh vực, điểm nóng; công khai trả lời', body: updateIssueInput },
    async ({ ctx, body, params }) => updateIssue(ctx, { ...body, issueId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/issues/:id/streams', tag: 'issues', summary: 'Gắn luồng ý kiến vào vấn đề', body: linkStreamsInput },
    async ({ ctx, body, params }) => linkStreams(ctx, { issueId: params.id!, streamIds: body.streamIds }))

  apiRoute(app, { method: 'DELETE', url: '/api/issues/:id/streams/:streamId', tag: 'issues', summary: 'Bỏ gắn một luồng ý kiến' },
    async ({ ctx, params }) => unlinkStream(ctx, { issueId: params.id!, streamId: params.streamId! }))

  apiRoute(app, { method: 'POST', url: '/api/issues/:id/referrals', tag: 'issues', summary: 'Chuyển xử lý đến một đơn vị hoặc cơ quan, có hạn trả lời', body: createReferralInput },
    async ({ ctx, body, params, reply }) => {
      reply.code(201)
      return referIssue(ctx, { ...body, issueId: params.id! })
    })

  apiRoute(app, { method: 'POST', url: '/api/referrals/:id/answer', tag: 'issues', summary: 'Ghi trả lời của nơi được chuyển xử lý', body: answerReferralInput },
    async ({ ctx, body, params }) => answerReferral(ctx, { ...body, referralId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/issues/:id/transition', tag: 'issues', summary: 'Theo dõi, kết thúc hoặc mở lại vấn đề', body: transitionIssueInput },
    async ({ ctx, body, params }) => transitionIssue(ctx, { ...body, issueId: params.id! }))

  apiRoute(app, { method: 'GET', url: '/api/public/answers', tag: 'public', summary: 'Trả lời ý kiến, kiến nghị đã được phép công khai (không cần đăng nhập)', query: publicAnswersQuery, auth: false },
    async ({ ctx, query }) => listPublicAnswers(ctx, query))
}
