/** Password hashing (argon2id) and opaque tokens (random, stored only as a SHA-256 hash). */
import { createHash, randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

const ARGON = { algorithm: 2 /* Argon2id (a const enum in the typings) */ as const, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'))
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | null = null
/** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('caunoi-dummy-password-for-timing')
  await verifyPassword(await dummyHash, password)
  return false
}

/** A new opaque token with a prefix that tells what it is ("cns_" session, "cnt_" API token). */
export function newToken(prefix: 'cns_' | 'cnt_'): string {
  return prefix + randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A readable temporary password for accounts made by import or reset: "hoa-binh-4821-kx". */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(14)
  let s = ''
  for (let i = 0; i < 14; i++) s += alphabet[bytes[i]! % alphabet.length]
  return `${s.slice(0, 4)}-${s.slice(4, 9)}-${s.slice(9)}`
}
