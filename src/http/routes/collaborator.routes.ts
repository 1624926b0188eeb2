/** Collaborators: the roster, the allowance settings, the monthly activity and its payment sheet. */
import type { FastifyInstance } from 'fastify'
import {
  activityQuery, allowanceConditionInput, baseSalaryInput, collaboratorQuery, createCollaboratorInput, updateCollaboratorInput,
} from '../../shared/collaborator.schema.ts'
import { getCollaborator, listCollaboratorRoster } from '../../services/collaborators/list-collaborators.ts'
import { createCollaborator } from '../../services/collaborators/create-collaborator.ts'
import { updateCollaborator } from '../../services/collaborators/update-collaborator.ts'
import { collaboratorActivity } from '../../services/collaborators/collaborator-activity.ts'
import { exportActivityXlsx } from '../../services/collaborators/export-activity.ts'
import {
  getAllowanceCondition, listBaseSalaryLevels, setAllowanceCondition, setBaseSalary,
} from '../../services/collaborators/allowance-settings.ts'
import { apiRoute } from '../api-route.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function collaboratorRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/collaborators', tag: 'collaborators', summary: 'Danh sách cộng tác viên trong phạm vi (tìm không dấu, lọc đơn vị, trạng thái)', query: collaboratorQuery },
    async ({ ctx, query }) => listCollaboratorRoster(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/collaborators/activity', tag: 'collaborators', summary: 'Hoạt động và phụ cấp của cộng tác viên trong một tháng', query: activityQuery },
    async ({ ctx, query }) => collaboratorActivity(ctx, { month: query.month }))

  apiRoute(app, { method: 'GET', url: '/api/collaborators/activity.xlsx', tag: 'collaborators', summary: 'Bảng thanh toán phụ cấp cộng tác viên của tháng (XLSX)', query: activityQuery, produces: XLSX },
    async ({ ctx, query, reply }) => {
      const file = await exportActivityXlsx(ctx, { month: query.month })
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.data)
    })

  apiRoute(app, { method: 'GET', url: '/api/collaborators/:id', tag: 'collaborators', summary: 'Một cộng tác viên' },
    async ({ ctx, params }) => getCollaborator(ctx, { collaboratorId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/collaborators', tag: 'collaborators', summary: 'Thêm cộng tác viên', body: createCollaboratorInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createCollaborator(ctx, body)
    })

  apiRoute(app, { method: 'PATCH', url: '/api/collaborators/:id', tag: 'collaborators', summary: 'Sửa thông tin, hợp đồng, phụ cấp, trạng thái của cộng tác viên', body: updateCollaboratorInput },
    async ({ ctx, body, params }) => updateCollaborator(ctx, { ...body, collaboratorId: params.id! }))

  apiRoute(app, { method: 'GET', url: '/api/settings/base-salary', tag: 'collaborators', summary: 'Các mức lương cơ sở và mức đang áp dụng' },
    async ({ ctx }) => listBaseSalaryLevels(ctx))

  apiRoute(app, { method: 'POST', url: '/api/settings/base-salary', tag: 'collaborators', summary: 'Thêm (hoặc sửa) mức lương cơ sở từ một ngày', body: baseSalaryInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return setBaseSalary(ctx, body)
    })

  apiRoute(app, { method: 'GET', url: '/api/settings/allowance', tag: 'collaborators', summary: 'Điều kiện hưởng phụ cấp hằng tháng' },
    async ({ ctx }) => getAllowanceCondition(ctx))

  apiRoute(app, { method: 'PUT', url: '/api/settings/allowance', tag: 'collaborators', summary: 'Đặt điều kiện hưởng phụ cấp hằng tháng', body: allowanceConditionInput },
    async ({ ctx, body }) => setAllowanceCondition(ctx, body))
}
