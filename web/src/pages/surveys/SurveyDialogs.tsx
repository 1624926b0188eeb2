/** The dialogs of the survey list: create a survey, import an XLSForm questionnaire (refused rows listed). */
import { useState } from 'react'
import { Alert, App, Form, Modal, Typography, Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import type { CreateSurveyInput, SurveyView } from '../../../../src/shared/survey.schema.ts'
import type { UnitView } from '../../../../src/shared/schemas.ts'
import { ApiError } from '../../api/client.ts'
import { surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { RejectedRowsTable, type RejectedRow } from '../../components/RejectedRowsTable.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { SurveyInfoFields } from './SurveyInfoFields.tsx'

/** The fields of SurveyInfoFields, for placing the server's field errors. */
export const INFO_FIELDS = ['title', 'description', 'unitId', 'kind', 'waveLabel', 'seriesKey', 'opensOn', 'closesOn', 'access', 'resultsVisibleWhileOpen', 'plannedSample']

/** The unit a new survey belongs to by default: the first unit where the user may create surveys. */
function defaultUnit(units: readonly UnitView[], reach: readonly string[] | undefined): string | undefined {
  const inReach = units.filter((u) => u.active && (!reach || reach.some((p) => u.path.startsWith(p))))
  return inReach.sort((a, b) => a.path.length - b.path.length)[0]?.id
}

/** "Tạo cuộc điều tra". */
export function CreateSurveyModal({ open, units, onClose, onCreated }: {
  open: boolean; units: readonly UnitView[]; onClose: () => void; onCreated: (s: SurveyView) => void
}) {
  const { t, lang, errorText } = useLocale()
  const { reach } = useAuth()
  const { message } = App.useApp()
  const [form] = Form.useForm<CreateSurveyInput>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const createReach = reach('survey', 'create')

  const submit = async (values: CreateSurveyInput) => {
    setBusy(true)
    setError(null)
    try {
      const created = await surveysApi.create({ ...values, questionnaire: { title: values.title, sections: [] } })
      message.success(t('ui.surveys.create.created'))
      form.resetFields()
      onCreated(created)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, INFO_FIELDS)) setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={t('ui.surveys.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ui.common.create')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'survey-create-submit' } as never}
      width={640}
      destroyOnHidden
    >
      <Form<CreateSurveyInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'ad_hoc', access: 'link', resultsVisibleWhileOpen: false, unitId: defaultUnit(units, createReach), description: '' }}
        requiredMark="optional"
      >
        <SurveyInfoFields units={units} reach={createReach} />
      </Form>
      {error != null && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  )
}

/** "Nhập bảng hỏi XLSForm": the file makes a new draft survey; refused rows are listed with their reasons. */
export function ImportFormModal({ open, units, onClose, onImported }: {
  open: boolean; units: readonly UnitView[]; onClose: () => void; onImported: (s: SurveyView) => void
}) {
  const { t, errorText } = useLocale()
  const { reach } = useAuth()
  const [file, setFile] = useState<File | null>(null)
  const [unitId, setUnitId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const importReach = reach('survey', 'import')
  const unit = unitId ?? defaultUnit(units, importReach) ?? null

  const close = () => {
    setFile(null)
    setError(null)
    onClose()
  }
  const submit = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const { survey } = await surveysApi.importForm(file, unit ?? undefined)
      setFile(null)
      onImported(survey)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const rows: RejectedRow[] = error instanceof ApiError && Array.isArray((error.details as { rows?: unknown })?.rows)
    ? (error.details as { rows: RejectedRow[] }).rows
    : []

  return (
    <Modal
      open={open}
      title={t('ui.surveys.importForm')}
      onCancel={close}
      onOk={submit}
      okText={t('ui.import.upload')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ disabled: !file, 'data-testid': 'import-form-submit' } as never}
      confirmLoading={busy}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        XLSForm (.xlsx): <code>survey</code> (type, name, label, required, relevant), <code>choices</code> (list_name, name, label), <code>settings</code> (form_title).
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('ui.surveys.create.unit')}</Typography.Text>
        <UnitTreeSelect units={units} reach={importReach} value={unit} onChange={setUnitId} />
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f)
          setError(null)
          return false
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        data-testid="import-form-file"
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{t('ui.import.choose')} (XLSX)</p>
      </Upload.Dragger>
      {error != null && <Alert type="error" showIcon style={{ marginTop: 16 }} title={errorText(error)} data-testid="import-form-error" />}
      <RejectedRowsTable rejected={rows} />
    </Modal>
  )
}
