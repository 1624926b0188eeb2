/** The language of the UI: Vietnamese first, English second, remembered in localStorage. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import 'dayjs/locale/en'
import { ApiError, setApiLanguage } from '../api/client.ts'
import { lookup, translate, type Lang, type MessageKey, type Params } from './messages.ts'

const STORAGE_KEY = 'caunoi.lang'

type LocaleValue = {
  lang: Lang
  setLang: (lang: Lang) => void
  t: (key: MessageKey, params?: Params) => string
  /** the message to show for any thrown error, in the current language */
  errorText: (err: unknown) => string
}

const LocaleContext = createContext<LocaleValue | null>(null)

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved === 'vi' || saved === 'en') return saved
  } catch {
    // storage may be disabled (private mode); Vietnamese is the default anyway
  }
  return 'vi'
}

/** Text for an error: the server's message (it follows the Accept-Language the client sends), else the catalogue's. */
export function apiErrorText(lang: Lang, err: unknown): string {
  if (!(err instanceof ApiError)) return translate(lang, 'ui.common.unexpectedError')
  if (err.code === 'NETWORK') return translate(lang, 'ui.common.networkError')
  if (err.message) return err.message
  return lookup(lang, `errors.${err.code}`) ?? translate(lang, 'ui.common.unexpectedError')
}

/** Provides the language, the translate function and the error texts. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang)

  const setLang = useCallback((next: Lang) => {
    setLangState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // not remembered, still switched
    }
  }, [])

  // set during render, not in an effect, so the first requests already carry the language
  setApiLanguage(lang)
  useEffect(() => {
    document.documentElement.lang = lang
    dayjs.locale(lang)
  }, [lang])

  const value = useMemo<LocaleValue>(() => ({
    lang,
    setLang,
    t: (key, params) => translate(lang, key, params),
    errorText: (err) => apiErrorText(lang, err),
  }), [lang, setLang])

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

/** The current language and its helpers. */
export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext)
  if (!value) throw new Error('useLocale outside LocaleProvider')
  return value
}
