/** Messages for the server (error texts) in the user's language; Vietnamese first. */
import vi from './vi.json' with { type: 'json' }
import en from './en.json' with { type: 'json' }

export type Lang = 'vi' | 'en'
const MESSAGES = { vi, en } as const

/** Picks the language from an Accept-Language header: English only when it comes first. */
export function langFrom(acceptLanguage: string | undefined): Lang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi'
}

/** The message for an error code, with `{name}` placeholders filled; unknown codes fall back to a generic text. */
export function errorMessage(code: string, lang: Lang = 'vi', params: Record<string, unknown> = {}): string {
  const errors = MESSAGES[lang].errors as Record<string, string>
  const text = errors[code] ?? (MESSAGES.vi.errors as Record<string, string>)[code] ?? errors.BAD_REQUEST!
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
}

/** Label of a unit kind or a role in the given language. */
export function label(group: 'unitKinds' | 'roles', code: string, lang: Lang = 'vi'): string {
  return (MESSAGES[lang][group] as Record<string, string>)[code] ?? code
}
