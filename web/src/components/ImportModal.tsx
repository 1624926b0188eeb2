/** Uploads a CSV/XLSX file to an import endpoint and shows what happened, row by row when it was refused. */
import { useState } from 'react'
import { RejectedRowsTable } from './RejectedRowsTable.tsx'
import { Alert, Button, Col, Modal, Row, Statistic, Table, Typography, Upload } from 'antd'
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import type { ImportRejection, ImportResult } from '../../../src/shared/schemas.ts'
import { ApiError } from '../api/client.ts'
import { useLocale } from '../i18n/locale.tsx'

type Props = {
  open: boolean
  title: string
  upload: (file: File) => Promise<ImportResult>
  /** which columns the file takes, in words */
  columnsHint: string
  /** a small sample file the user can download and fill in */
  template: { filename: string; csv: string }
  /** called after a successful import so the page reloads its list */
  onImported: () => void
  onClose: () => void
}

/** Saves text as a UTF-8 file with a BOM, so Excel shows Vietnamese letters right. */
function downloadText(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The import dialog; the file is sent only when the user presses the import button. */
export function ImportModal({ open, title, upload, columnsHint, template, onImported, onClose }: Props) {
  const { t, errorText } = useLocale()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<unknown>(null)

  const reset = () => {
    setFile(null)
    setResult(null)
    setError(null)
  }
  const close = () => {
    reset()
    onClose()
  }
  const submit = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      setResult(await upload(file))
      onImported()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  const rejected: ImportRejection[] =
    error instanceof ApiError && Array.isArray((error.details as { rows?: unknown })?.rows)
      ? ((error.details as { rows: ImportRejection[] }).rows)
      : result?.rejected ?? []

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={result
        ? [<Button key="close" type="primary" onClick={close}>{t('ui.common.close')}</Button>]
        : [
            <Button key="cancel" onClick={close}>{t('ui.common.cancel')}</Button>,
            <Button key="go" type="primary" loading={busy} disabled={!file} onClick={submit} data-testid="import-submit">
              {t('ui.import.upload')}
            </Button>,
          ]}
    >
      <Typography.Paragraph type="secondary">{t('ui.import.hint')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{columnsHint}</Typography.Paragraph>
      {!result && (
        <Typography.Paragraph>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => downloadText(template.filename, template.csv)}>
            {t('ui.import.template')}
          </Button>
        </Typography.Paragraph>
      )}
      {!result && (
        <Upload.Dragger
          accept={ACCEPT}
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f)
            setError(null)
            return false
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{t('ui.import.choose')} (CSV, XLSX)</p>
        </Upload.Dragger>
      )}
      {error != null && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} title={errorText(error)} />
      )}
      {result && (
        <>
          <Alert type="success" showIcon title={t('ui.import.done')} style={{ marginBottom: 16 }} />
          <Row gutter={16} data-testid="import-result">
            <Col span={8}><Statistic title={t('ui.import.created')} value={result.created} /></Col>
            <Col span={8}><Statistic title={t('ui.import.updated')} value={result.updated} /></Col>
            <Col span={8}><Statistic title={t('ui.import.unchanged')} value={result.unchanged} /></Col>
          </Row>
          {!!result.temporaryPasswords?.length && (
            <div style={{ marginTop: 16 }}>
              <Typography.Title level={5}>{t('ui.import.passwordsTitle')}</Typography.Title>
              <Alert type="warning" showIcon title={t('ui.common.oneTimeTitle')} description={t('ui.common.oneTimeText')} style={{ marginBottom: 8 }} />
              <Typography.Paragraph
                copyable={{ text: result.temporaryPasswords.map((p) => `${p.username}\t${p.password}`).join('\n'), tooltips: [t('ui.common.copy'), t('ui.common.copied')] }}
              >
                {t('ui.common.copy')} ({result.temporaryPasswords.length})
              </Typography.Paragraph>
              <Table
                size="small"
                rowKey="username"
                pagination={false}
                dataSource={result.temporaryPasswords}
                columns={[
                  { title: t('ui.users.username'), dataIndex: 'username' },
                  { title: t('ui.users.temporaryPassword'), dataIndex: 'password', render: (v: string) => <Typography.Text code copyable>{v}</Typography.Text> },
                ]}
              />
            </div>
          )}
        </>
      )}
      <RejectedRowsTable rejected={rejected} />
    </Modal>
  )
}
