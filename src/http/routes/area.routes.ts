/** Areas (địa bàn, tổ dân phố). */
import type { FastifyInstance } from 'fastify'
import { createAreaInput, updateAreaInput } from '../../shared/schemas.ts'
import { createArea, listAreas, updateArea } from '../../services/areas/areas.ts'
import { apiRoute } from '../api-route.ts'

export function areaRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/areas', tag: 'areas', summary: 'Các địa bàn trong phạm vi' }, async ({ ctx }) => listAreas(ctx))
  apiRoute(app, { method: 'POST', url: '/api/areas', tag: 'areas', summary: 'Tạo địa bàn', body: createAreaInput }, async ({ ctx, body, reply }) => {
    reply.code(201)
    return createArea(ctx, body)
  })
  apiRoute(app, { method: 'PATCH', url: '/api/areas/:id', tag: 'areas', summary: 'Sửa địa bàn', body: updateAreaInput },
    async ({ ctx, body, params }) => updateArea(ctx, { ...body, areaId: params.id! }))
}
