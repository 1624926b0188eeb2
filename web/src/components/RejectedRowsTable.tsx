/** The rows an import refused: row number as the spreadsheet shows it, column and the Vietnamese reason. */
import { Table, Typography } from 'antd'
import { useLocale } from '../i18n/locale.tsx'
import { lookup } from '../i18n/messages.ts'

export type RejectedRow = { row: number; column: string | null; code: string; message?: string }

export function RejectedRowsTable({ rejected }: { rejected: RejectedRow[] }) {
  const { t, lang } = useLocale()
  if (rejected.length === 0) return null
  const message = (r: RejectedRow) => r.message || lookup(lang, `errors.${r.code}`) || r.code
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('ui.import.rejectedTitle')}</Typography.Title>
      <Table
        data-testid="import-rejected"
        size="small"
        rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.code}`}
        pagination={rejected.length > 20 ? { pageSize: 20 } : false}
        dataSource={rejected}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('ui.import.row'), dataIndex: 'row', width: 70 },
          { title: t('ui.import.column'), dataIndex: 'column', width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('ui.import.message'), key: 'message', render: (_, r) => message(r) },
        ]}
      />
    </div>
  )
}
