/** Accounts: list, read, create, edit, roles, password reset, import. */
import type { FastifyInstance } from 'fastify'
import { createUserInput, listQuery, resetPasswordInput, setRolesInput, updateUserInput } from '../../shared/schemas.ts'
import { getUser, listUsers } from '../../services/users/list-users.ts'
import { createUser } from '../../services/users/create-user.ts'
import { updateUser } from '../../services/users/update-user.ts'
import { setUserRoles } from '../../services/users/set-user-roles.ts'
import { resetPassword } from '../../services/users/reset-password.ts'
import { importUsers } from '../../services/users/import-users.ts'
import { apiRoute } from '../api-route.ts'
import { readUpload } from '../upload.ts'

export function userRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/users', tag: 'users', summary: 'Các tài khoản trong phạm vi', query: listQuery },
    async ({ ctx, query }) => listUsers(ctx, query))
  apiRoute(app, { method: 'GET', url: '/api/users/:id', tag: 'users', summary: 'Một tài khoản' }, async ({ ctx, params }) => getUser(ctx, { userId: params.id! }))
  apiRoute(app, { method: 'POST', url: '/api/users', tag: 'users', summary: 'Tạo tài khoản', body: createUserInput }, async ({ ctx, body, reply }) => {
    reply.code(201)
    return createUser(ctx, body)
  })
  apiRoute(app, { method: 'PATCH', url: '/api/users/:id', tag: 'users', summary: 'Sửa tài khoản, khoá hoặc mở khoá', body: updateUserInput },
    async ({ ctx, body, params }) => updateUser(ctx, { ...body, userId: params.id! }))
  apiRoute(app, { method: 'PUT', url: '/api/users/:id/roles', tag: 'users', summary: 'Đặt lại các vai trò của tài khoản', body: setRolesInput },
    async ({ ctx, body, params }) => setUserRoles(ctx, { userId: params.id!, roles: body.roles }))
  apiRoute(app, { method: 'POST', url: '/api/users/:id/reset-password', tag: 'users', summary: 'Đặt lại mật khẩu (trả về mật khẩu tạm nếu không nhập)', body: resetPasswordInput },
    async ({ ctx, body, params }) => resetPassword(ctx, { userId: params.id!, newPassword: body.newPassword }))
  apiRoute(app, { method: 'POST', url: '/api/users/import', tag: 'users', summary: 'Nhập tài khoản từ CSV hoặc XLSX (multipart, trường file)' },
    async ({ req, ctx }) => importUsers(ctx, await readUpload(req)))
}
