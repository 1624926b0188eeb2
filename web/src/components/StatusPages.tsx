/** Whole-page states: no permission, unknown address, module still being built, failed load. */
import { Button, Result } from 'antd'
import { ToolOutlined } from '@ant-design/icons'
import { Link } from 'react-router-dom'
import { useLocale } from '../i18n/locale.tsx'
import type { MessageKey } from '../i18n/messages.ts'

/** The user lacks the permission a page needs. */
export function Forbidden() {
  const { t } = useLocale()
  return (
    <Result status="403" title={t('ui.common.forbiddenTitle')} subTitle={t('ui.common.forbiddenText')}
      extra={<Link to="/"><Button type="primary">{t('ui.common.backHome')}</Button></Link>} />
  )
}

/** An address that is not a page of the app. */
export function NotFound() {
  const { t } = useLocale()
  return (
    <Result status="404" title={t('ui.common.notFoundTitle')} subTitle={t('ui.common.notFoundText')}
      extra={<Link to="/"><Button type="primary">{t('ui.common.backHome')}</Button></Link>} />
  )
}

/** A module of the plan that is not built yet: says so and what it will do; shows no made-up data. */
export function ComingSoon({ title, description }: { title: MessageKey; description: MessageKey }) {
  const { t } = useLocale()
  return (
    <div data-testid="coming-soon">
    <Result
      icon={<ToolOutlined style={{ color: '#1d4ed8' }} />}
      title={<>{t(title)}<br /><small style={{ fontWeight: 400 }}>{t('ui.modules.building')}</small></>}
      subTitle={<div style={{ maxWidth: 640, margin: '0 auto' }}><p>{t(description)}</p><p>{t('ui.modules.noData')}</p></div>}
    />
    </div>
  )
}

/** A load that failed, with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useLocale()
  return (
    <Result status="warning" title={t('ui.common.loadFailed')} subTitle={errorText(error)}
      extra={onRetry && <Button onClick={onRetry}>{t('ui.common.reload')}</Button>} />
  )
}
