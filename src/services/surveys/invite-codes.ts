/** Invitation codes: random, easy to type (no 0/O, 1/I/L), stored only as a SHA-256 hash. */
import { createHash, randomInt } from 'node:crypto'

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A new code of 10 characters shown as "ABCDE-FGHJK" (about 49 bits). */
export function newInviteCode(): string {
  let s = ''
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)]
  return `${s.slice(0, 5)}-${s.slice(5)}`
}

/** The hash a code is stored and looked up by; case, spaces and dashes as typed do not matter. */
export function inviteHash(code: string): string {
  const canonical = code.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return createHash('sha256').update(`survey-invite:${canonical}`).digest('hex')
}

/** The last characters of a code, to tell codes apart in a list without revealing them. */
export function inviteHint(code: string): string {
  return `…${code.slice(-3)}`
}
