/**
 * Import records from CSV, XLSX or JSON Lines. By default a file with any bad row imports nothing and lists the bad
 * rows; "Bỏ qua dòng lỗi" (the CLI's --skip-invalid) imports the good rows and still lists the bad ones.
 */
import { useState } from 'react'
import { RejectedRowsTable } from '../../components/RejectedRowsTable.tsx'
import { Alert, Button, Checkbox, Col, Modal, Row, Statistic, Typography, Upload } from 'antd'
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import type { OpinionImportResult } from '../../../../src/shared/opinion.schema.ts'
import { ApiError } from '../../api/client.ts'
import { opinionsApi } from '../../api/opinions.ts'
import { useLocale } from '../../i18n/locale.tsx'

type Rejection = OpinionImportResult['rejected'][number]
const ACCEPT = '.csv,.xlsx,.jsonl,.ndjson,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const TEMPLATE = 'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content\r\n'
  + 'P-2026-001,25/11/2026,Cộng tác viên,HB-CB-KDC01,,Môi trường,Băn khoăn,Cao,Nhiều,Người cao tuổi,0,Ngập úng đường Trần Phú,Sau mưa lớn nước ngập sâu; đề nghị nạo vét cống.\r\n'

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob(['\uFEFF', TEMPLATE], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = 'phieu-thong-tin-mau.csv'
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The dialog. */
export function OpinionImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t, errorText } = useLocale()
  const [file, setFile] = useState<File | null>(null)
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<OpinionImportResult | null>(null)
  const [error, setError] = useState<unknown>(null)

  const close = () => {
    setFile(null)
    setResult(null)
    setError(null)
    onClose()
  }
  const submit = async () => {
    if (!file) return
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const r = await opinionsApi.import(file, skipInvalid)
      setResult(r)
      if (r.imported > 0) onImported()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  const rejected: Rejection[] = error instanceof ApiError && Array.isArray((error.details as { rows?: unknown })?.rows)
    ? (error.details as { rows: Rejection[] }).rows
    : result?.rejected ?? []

  return (
    <Modal
      open={open}
      title={t('ui.opinions.import')}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={result
        ? [<Button key="close" type="primary" onClick={close}>{t('ui.common.close')}</Button>]
        : [
            <Button key="c" onClick={close}>{t('ui.common.cancel')}</Button>,
            <Button key="go" type="primary" loading={busy} disabled={!file} onClick={submit} data-testid="import-submit">{t('ui.import.upload')}</Button>,
          ]}
    >
      <Typography.Paragraph type="secondary">{t('ui.opinions.importHint')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.opinions.importColumns')}</Typography.Paragraph>
      {!result && (
        <>
          <Typography.Paragraph>
            <Button size="small" icon={<DownloadOutlined />} onClick={downloadTemplate}>{t('ui.import.template')}</Button>
          </Typography.Paragraph>
          <Upload.Dragger
            accept={ACCEPT}
            maxCount={1}
            beforeUpload={(f) => { setFile(f); setError(null); return false }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('ui.import.choose')} (CSV, XLSX, JSONL)</p>
          </Upload.Dragger>
          <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} style={{ marginTop: 12 }} data-testid="import-skip-invalid">
            {t('ui.opinions.skipInvalid')}
          </Checkbox>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>{t('ui.opinions.skipInvalidHint')}</Typography.Paragraph>
        </>
      )}
      {error != null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(error)} />}
      {result && (
        <>
          <Alert type={result.rejected.length ? 'warning' : 'success'} showIcon title={t('ui.import.done')} style={{ marginBottom: 16 }} />
          <Row gutter={16} data-testid="import-result">
            <Col span={8}><Statistic title={t('ui.opinions.imported')} value={result.imported} /></Col>
            <Col span={8}><Statistic title={t('ui.import.unchanged')} value={result.unchanged} /></Col>
            <Col span={8}><Statistic title={t('ui.opinions.rejectedRows')} value={result.rejected.length} /></Col>
          </Row>
        </>
      )}
      <RejectedRowsTable rejected={rejected} />
    </Modal>
  )
}
