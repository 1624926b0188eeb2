/**
 * Consistent backups while the app runs: SQLite's online backup API, `pg_dump` for PostgreSQL.
 * Restore replaces the whole database from such a file (stop the server first).
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import SQLite from 'better-sqlite3'
import type { Connection } from '../../db/connect.ts'
import { DomainError } from '../../domain/errors.ts'
import { audit, type ServiceContext } from '../context.ts'

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let err = ''
    p.stderr.on('data', (d) => (err += d))
    p.on('error', (e) => reject(new DomainError('BACKUP_TOOL_MISSING', { tool: cmd, reason: e.message })))
    p.on('close', (code) => (code === 0 ? resolve() : reject(new DomainError('BACKUP_FAILED', { tool: cmd, reason: err.trim() }))))
  })
}

/** Writes a consistent copy of the database to `file`. */
export async function backupDatabase(ctx: ServiceContext, conn: Connection, file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  if (conn.dialect === 'sqlite') {
    if (!conn.sqlite) throw new DomainError('BACKUP_FAILED')
    await conn.sqlite.backup(file)
  } else {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${conn.url}`])
  }
  await audit(ctx.db, ctx, { action: 'system.backup', resourceType: 'system', details: { file: path.resolve(file), bytes: fs.statSync(file).size } })
}

/** Replaces the database with the contents of a backup file made by `backupDatabase`. */
export async function restoreDatabase(ctx: ServiceContext, conn: Connection, file: string) {
  if (!fs.existsSync(file)) throw new DomainError('BACKUP_FILE_NOT_FOUND')
  if (conn.dialect === 'sqlite') {
    let source: SQLite.Database
    try {
      source = new SQLite(file, { readonly: true, fileMustExist: true })
      source.prepare("select count(*) from kysely_migration").get()
    } catch {
      throw new DomainError('BACKUP_FILE_INVALID')
    }
    if (!conn.sqliteFile) throw new DomainError('BACKUP_FAILED')
    // the backup API writes page by page into the live file through SQLite's own locking
    await source.backup(conn.sqliteFile)
    source.close()
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${conn.url}`, file])
  }
  await audit(ctx.db, ctx, { action: 'system.restore', resourceType: 'system', details: { file: path.resolve(file) } })
}
