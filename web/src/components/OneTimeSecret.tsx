/** A password or token the server returns once: shown with a copy button and a warning. */
import { Alert, Typography } from 'antd'
import { useLocale } from '../i18n/locale.tsx'

/** Shows `value` in a copyable monospace box. */
export function OneTimeSecret({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useLocale()
  return (
    <div>
      <Alert type="warning" showIcon title={t('ui.common.oneTimeTitle')} description={t('ui.common.oneTimeText')} style={{ marginBottom: 12 }} />
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Paragraph
        data-testid={testId}
        copyable={{ text: value, tooltips: [t('ui.common.copy'), t('ui.common.copied')] }}
        code
        style={{ fontSize: 16, wordBreak: 'break-all', marginTop: 4 }}
      >
        {value}
      </Typography.Paragraph>
    </div>
  )
}
