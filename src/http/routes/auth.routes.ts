/** Sign-in, sign-out, the current user and password change. */
import type { FastifyInstance, FastifyReply } from 'fastify'
import { changePasswordInput, loginInput } from '../../shared/schemas.ts'
import { login } from '../../services/auth/login.ts'
import { logout } from '../../services/auth/logout.ts'
import { changePassword } from '../../services/auth/change-password.ts'
import { getMe } from '../../services/users/get-me.ts'
import { loadActor } from '../../services/auth/load-actor.ts'
import { apiRoute } from '../api-route.ts'

export const SESSION_COOKIE = 'caunoi_session'

function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxAgeSeconds })
}

export function authRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'POST', url: '/api/auth/login', tag: 'auth', summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu', body: loginInput, auth: false },
    async ({ req, reply, ctx, body }) => {
      const r = await login(ctx, { ...body, userAgent: req.headers['user-agent'] ?? null })
      setSessionCookie(reply, r.token, ctx.config.sessionMaxHours * 3600, ctx.config.secureCookies)
      const actor = await loadActor(ctx.db, r.userId, body.username.trim().toLowerCase(), 'session')
      return { user: await getMe({ ...ctx, actor }) }
    })

  apiRoute(app, { method: 'POST', url: '/api/auth/logout', tag: 'auth', summary: 'Đăng xuất phiên này', duringPasswordChange: true }, async ({ req, reply, ctx }) => {
    await logout(ctx, { sessionId: req.sessionId, everywhere: false })
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
  })

  apiRoute(app, { method: 'POST', url: '/api/auth/logout-all', tag: 'auth', summary: 'Đăng xuất khỏi mọi thiết bị', duringPasswordChange: true }, async ({ reply, ctx }) => {
    await logout(ctx, { sessionId: null, everywhere: true })
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
  })

  apiRoute(app, { method: 'GET', url: '/api/auth/me', tag: 'auth', summary: 'Tài khoản đang đăng nhập, vai trò và quyền', duringPasswordChange: true }, async ({ ctx }) => getMe(ctx))

  apiRoute(app, { method: 'POST', url: '/api/auth/password', tag: 'auth', summary: 'Đổi mật khẩu của mình (các phiên khác bị đăng xuất)', duringPasswordChange: true, body: changePasswordInput },
    async ({ req, ctx, body }) => {
      await changePassword(ctx, { ...body, sessionId: req.sessionId })
    })
}
