/** The message catalogues (src/shared/i18n) and a typed lookup of dotted keys such as "ui.units.title". */
import vi from '../../../src/shared/i18n/vi.json'
import en from '../../../src/shared/i18n/en.json'

export type Lang = 'vi' | 'en'
export const LANGS: readonly Lang[] = ['vi', 'en']

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

/** Every key of the Vietnamese catalogue, the reference one. */
export type MessageKey = Leaves<typeof vi>
export type Params = Record<string, string | number>

const catalogues: Record<Lang, unknown> = { vi, en }

/** Looks a dotted key up; undefined when the catalogue lacks it. */
export function lookup(lang: Lang, key: string): string | undefined {
  let cur: unknown = catalogues[lang]
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[part]
  }
  return typeof cur === 'string' ? cur : undefined
}

/** Replaces "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Translates a key, falling back to Vietnamese and then to the key itself. */
export function translate(lang: Lang, key: MessageKey | string, params?: Params): string {
  return interpolate(lookup(lang, key) ?? lookup('vi', key) ?? key, params)
}
