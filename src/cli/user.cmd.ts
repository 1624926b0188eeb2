import type { Command } from 'commander'
import { ROLES, type Role } from '../shared/enums.ts'
import { createUserInput, password as passwordSchema } from '../shared/schemas.ts'
import { createUser } from '../services/users/create-user.ts'
import { resetPassword } from '../services/users/reset-password.ts'
import { findUnitsByCodes } from '../db/repos/unit.repo.ts'
import { getUserByUsername } from '../db/repos/user.repo.ts'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../http/validation.ts'
import { withSystem } from './shared.ts'

/** "admin@HB" or "unit_officer@HB-CB-KDC01*" → a grant; the unit is looked up by code. */
function parseRoleArg(s: string) {
  const m = /^([a-z_]+)@([A-Za-z0-9._-]+)(\*)?$/.exec(s)
  if (!m || !ROLES.includes(m[1] as Role)) throw new DomainError('VALIDATION', { fields: [{ path: 'role', code: 'FIELD_INVALID' }] })
  return { role: m[1] as Role, unitCode: m[2]!.toUpperCase(), isResponsible: !!m[3] }
}

export function userCommand(program: Command) {
  const user = program.command('user').description('Quản lý tài khoản')
  user
    .command('add <username>')
    .description('Tạo tài khoản (vai trò dạng role@MÃ_ĐƠN_VỊ, thêm * cho người phụ trách DLXH)')
    .requiredOption('-n, --name <fullName>', 'họ và tên')
    .option('-p, --password <password>', 'mật khẩu (bỏ trống để tạo mật khẩu tạm)')
    .option('-r, --role <role@UNIT...>', 'vai trò tại đơn vị, ví dụ admin@HB', [])
    .option('--phone <phone>')
    .option('--email <email>')
    .action((username: string, opts: { name: string; password?: string; role: string[]; phone?: string; email?: string }) =>
      withSystem(async (ctx) => {
        const grants = opts.role.map(parseRoleArg)
        const units = new Map((await findUnitsByCodes(ctx.db, grants.map((g) => g.unitCode))).map((u) => [u.code, u.id]))
        const missing = grants.find((g) => !units.has(g.unitCode))
        if (missing) throw new DomainError('ROLE_UNIT_NOT_FOUND', { fields: [{ path: 'role', code: 'ROLE_UNIT_NOT_FOUND' }] })
        const input = parseInput(createUserInput, {
          username, fullName: opts.name, password: opts.password, phone: opts.phone ?? null, email: opts.email ?? null,
          roles: grants.map((g) => ({ role: g.role, unitId: units.get(g.unitCode)!, isResponsible: g.isResponsible })),
        })
        const r = await createUser(ctx, input)
        console.log(`Đã tạo tài khoản ${r.user.username}.` + (r.temporaryPassword ? ` Mật khẩu tạm (đổi khi đăng nhập lần đầu): ${r.temporaryPassword}` : ''))
      }),
    )
  user
    .command('passwd <username>')
    .description('Đặt lại mật khẩu (bỏ trống --password để tạo mật khẩu tạm); mọi phiên của tài khoản bị đăng xuất')
    .option('-p, --password <password>', 'mật khẩu mới (ít nhất 8 ký tự)')
    .action((username: string, opts: { password?: string }) =>
      withSystem(async (ctx) => {
        const found = await getUserByUsername(ctx.db, username.toLowerCase())
        if (!found) throw new DomainError('USER_NOT_FOUND')
        const newPassword = opts.password === undefined ? undefined : parseInput(passwordSchema, opts.password)
        const r = await resetPassword(ctx, { userId: found.id, newPassword })
        console.log(`Đã đặt lại mật khẩu cho ${found.username}.` + (r.temporaryPassword ? ` Mật khẩu tạm: ${r.temporaryPassword}` : ''))
      }),
    )
}
