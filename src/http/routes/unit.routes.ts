/** Units: list, read, create, edit, move, close and reopen, history, import. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createUnitInput, deactivateUnitInput, moveUnitInput, updateUnitInput } from '../../shared/schemas.ts'
import { listUnits } from '../../services/units/list-units.ts'
import { getUnit, getUnitHistory } from '../../services/units/get-unit.ts'
import { createUnit } from '../../services/units/create-unit.ts'
import { updateUnit } from '../../services/units/update-unit.ts'
import { moveUnit } from '../../services/units/move-unit.ts'
import { setUnitActive } from '../../services/units/set-unit-active.ts'
import { importUnits } from '../../services/units/import-units.ts'
import { apiRoute } from '../api-route.ts'
import { readUpload } from '../upload.ts'

const unitsQuery = z.object({ q: z.string().max(200).optional(), includeInactive: z.enum(['0', '1', 'true', 'false']).optional() })

export function unitRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/units', tag: 'units', summary: 'Các đơn vị trong phạm vi của người gọi', query: unitsQuery },
    async ({ ctx, query }) => listUnits(ctx, { q: query.q, includeInactive: query.includeInactive === '1' || query.includeInactive === 'true' }))

  apiRoute(app, { method: 'GET', url: '/api/units/:id', tag: 'units', summary: 'Một đơn vị' }, async ({ ctx, params }) => getUnit(ctx, { unitId: params.id! }))

  apiRoute(app, { method: 'GET', url: '/api/units/:id/history', tag: 'units', summary: 'Lịch sử thay đổi của đơn vị' },
    async ({ ctx, params }) => getUnitHistory(ctx, { unitId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/units', tag: 'units', summary: 'Tạo đơn vị', body: createUnitInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createUnit(ctx, body)
    })

  apiRoute(app, { method: 'PATCH', url: '/api/units/:id', tag: 'units', summary: 'Sửa mã, tên, loại, ngày bắt đầu, địa bàn', body: updateUnitInput },
    async ({ ctx, body, params }) => updateUnit(ctx, { ...body, unitId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/units/:id/move', tag: 'units', summary: 'Chuyển đơn vị sang đơn vị cấp trên khác', body: moveUnitInput },
    async ({ ctx, body, params }) => moveUnit(ctx, { unitId: params.id!, parentId: body.parentId }))

  apiRoute(app, { method: 'POST', url: '/api/units/:id/deactivate', tag: 'units', summary: 'Cho đơn vị ngừng hoạt động từ một ngày', body: deactivateUnitInput },
    async ({ ctx, body, params }) => setUnitActive(ctx, { unitId: params.id!, active: false, activeTo: body.activeTo }))

  apiRoute(app, { method: 'POST', url: '/api/units/:id/reactivate', tag: 'units', summary: 'Cho đơn vị hoạt động trở lại', body: z.strictObject({}) },
    async ({ ctx, params }) => setUnitActive(ctx, { unitId: params.id!, active: true }))

  apiRoute(app, { method: 'POST', url: '/api/units/import', tag: 'units', summary: 'Nhập đơn vị từ CSV hoặc XLSX (multipart, trường file)', query: z.object({ dryRun: z.enum(['0', '1']).optional() }) },
    async ({ req, ctx, query }) => {
      const file = await readUpload(req)
      return importUnits(ctx, { ...file, dryRun: query.dryRun === '1' })
    })
}
