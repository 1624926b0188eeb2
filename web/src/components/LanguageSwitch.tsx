/** Switches the UI between Vietnamese and English; the choice is remembered on this device. */
import { Segmented } from 'antd'
import { useLocale } from '../i18n/locale.tsx'
import { LANGS, type Lang } from '../i18n/messages.ts'

/** VI | EN toggle. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLocale()
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      aria-label={t('ui.lang.label')}
      data-testid="language-switch"
      options={LANGS.map((l) => ({ value: l, label: <span title={t(`ui.lang.${l}`)}>{l.toUpperCase()}</span> }))}
    />
  )
}
