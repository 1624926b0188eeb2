/** Configuration from the environment, with the defaults a new user needs. */
import path from 'node:path'

export type AppConfig = {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | null
  sqliteFile: string
  demo: boolean
  /** sign out after this long without a request */
  sessionIdleMinutes: number
  /** sign out after this long whatever happens */
  sessionMaxHours: number
  /** extra origins allowed for state-changing browser requests (behind a proxy) */
  publicOrigins: string[]
  /** behind a reverse proxy: take the client address from X-Forwarded-For (otherwise any client could choose it) */
  trustProxy: boolean
  /** whether to set the Secure flag on the session cookie */
  secureCookies: boolean
  maxFailedLogins: number
  failedLoginWindowMinutes: number
  /** outgoing mail (report reminders): "smtp://user:pass@host:587" or "smtps://…"; null = in-app notifications only */
  smtpUrl: string | null
  /** the From address of outgoing mail */
  mailFrom: string
  version: string
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = path.resolve(env.CAUNOI_DATA_DIR ?? 'data')
  const base: AppConfig = {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    sqliteFile: path.join(dataDir, 'caunoi.db'),
    demo: env.CAUNOI_DEMO !== '0',
    sessionIdleMinutes: Number(env.CAUNOI_SESSION_IDLE_MINUTES ?? 120),
    sessionMaxHours: Number(env.CAUNOI_SESSION_MAX_HOURS ?? 12),
    publicOrigins: (env.CAUNOI_PUBLIC_ORIGIN ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    secureCookies: env.CAUNOI_SECURE_COOKIES === '1',
    trustProxy: env.CAUNOI_TRUST_PROXY === '1',
    maxFailedLogins: 10,
    failedLoginWindowMinutes: 15,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Cầu Nối <caunoi@localhost>',
    version: '0.1.0',
  }
  return { ...base, ...overrides }
}
