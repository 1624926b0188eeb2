/**
 * Outgoing mail over SMTP (nodemailer), configured by `SMTP_URL` ("smtp://user:pass@host:587", "smtps://…:465") and
 * `MAIL_FROM`. Without SMTP_URL there is no mailer and notices stay in-app. Timeouts are bounded so a dead mail
 * server delays a job by seconds, never hangs it.
 */
import nodemailer from 'nodemailer'
import type { AppConfig } from '../../config.ts'

/** One plain-text message. */
export type MailMessage = { to: string; subject: string; text: string }

/** Sends messages and is closed when done. */
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void }

/** A mailer for the configured SMTP server, or null when none is configured. */
export function createMailer(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null
  const url = new URL(config.smtpUrl)
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return {
    async send(m) {
      await transport.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.text })
    },
    close: () => transport.close(),
  }
}
