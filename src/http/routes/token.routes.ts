/** Personal API tokens. */
import type { FastifyInstance } from 'fastify'
import { createTokenInput } from '../../shared/schemas.ts'
import { createToken, listTokens, revokeToken } from '../../services/tokens/tokens.ts'
import { apiRoute } from '../api-route.ts'

export function tokenRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/tokens', tag: 'tokens', summary: 'Mã truy cập của các tài khoản trong phạm vi' }, async ({ ctx }) => listTokens(ctx))
  apiRoute(app, { method: 'POST', url: '/api/tokens', tag: 'tokens', summary: 'Cấp mã truy cập (chỉ hiện một lần)', body: createTokenInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createToken(ctx, body)
    })
  apiRoute(app, { method: 'DELETE', url: '/api/tokens/:id', tag: 'tokens', summary: 'Thu hồi mã truy cập' }, async ({ ctx, params }) => {
    await revokeToken(ctx, { tokenId: params.id! })
  })
}
