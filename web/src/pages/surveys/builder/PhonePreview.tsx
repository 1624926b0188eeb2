/** The questionnaire as a respondent sees it on a phone (the same renderer as the public page); answers stay here. */
import { useState } from 'react'
import { Alert, Button, Flex, Typography } from 'antd'
import { ReloadOutlined } from '@ant-design/icons'
import type { Answers, Questionnaire } from '../../../../../src/domain/survey/model.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import { SurveyForm } from '../../../components/survey/SurveyForm.tsx'

/** A 360 × 640 frame with the form inside; "Làm lại" empties it. */
export function PhonePreview({ form }: { form: Questionnaire }) {
  const { t } = useLocale()
  const [answers, setAnswers] = useState<Answers>({})
  const [round, setRound] = useState(0)
  const [done, setDone] = useState(false)
  const reset = () => {
    setAnswers({})
    setDone(false)
    setRound((n) => n + 1)
  }

  return (
    <div>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('ui.surveys.builder.preview')}</Typography.Text>
        <Button size="small" icon={<ReloadOutlined />} onClick={reset} data-testid="preview-reset">{t('ui.surveys.builder.previewReset')}</Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.builder.previewHint')}</Typography.Paragraph>
      <div
        style={{
          width: 360, maxWidth: '100%', height: 640, margin: '0 auto', border: '10px solid #1f2937', borderRadius: 28,
          background: '#fff', overflow: 'hidden', display: 'flex', flexDirection: 'column', boxShadow: '0 8px 24px rgba(0,0,0,.15)',
        }}
        data-testid="phone-preview"
      >
        <div style={{ background: '#1d4ed8', color: '#fff', padding: '10px 14px', fontWeight: 600, fontSize: 15 }}>{form.title || '…'}</div>
        <div style={{ flex: 1, overflowY: 'auto', padding: 14 }}>
          {done ? (
            <Alert type="success" showIcon title={t('ui.surveys.builder.previewDone')} action={<Button size="small" onClick={reset}>{t('ui.surveys.builder.previewReset')}</Button>} />
          ) : (
            <SurveyForm form={form} answers={answers} onChange={setAnswers} onSubmit={() => setDone(true)} layout="paged" resetKey={round} />
          )}
        </div>
      </div>
    </div>
  )
}
