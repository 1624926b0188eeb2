/** Moves a unit under another parent; the dialog states the move in words before it is confirmed. */
import { useMemo, useState } from 'react'
import { Alert, App, Form, Modal, type ButtonProps } from 'antd'
import type { UnitView } from '../../../../src/shared/schemas.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { subtreeIds } from '../../lib/unit-tree.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { useAuth } from '../../auth/auth.tsx'

type Props = { open: boolean; unit: UnitView; units: readonly UnitView[]; onClose: () => void; onMoved: () => void }

/** The move dialog. */
export function MoveUnitModal({ open, unit, units, onClose, onMoved }: Props) {
  const { t, errorText } = useLocale()
  const { reach } = useAuth()
  const { message } = App.useApp()
  const [parentId, setParentId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  // the unit itself, its sub-units and its current parent make no sense as targets
  const disabled = useMemo(() => {
    const ids = subtreeIds(units, unit.id)
    if (unit.parentId) ids.add(unit.parentId)
    return ids
  }, [units, unit])
  const name = (id: string | null) => {
    const u = id ? units.find((x) => x.id === id) : undefined
    return u ? `${u.code} — ${u.name}` : t('ui.units.noParent')
  }

  const close = () => {
    setParentId(null)
    setError(null)
    onClose()
  }
  const submit = async () => {
    if (!parentId) return
    setBusy(true)
    setError(null)
    try {
      await unitsApi.move(unit.id, parentId)
      message.success(t('ui.units.moved', { code: unit.code }))
      setParentId(null)
      onMoved()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={`${t('ui.units.move')}: ${unit.code}`}
      onCancel={close}
      onOk={submit}
      okText={t('ui.units.moveOk')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ disabled: !parentId, 'data-testid': 'unit-move-submit' } as ButtonProps}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('ui.units.moveTo')}>
          <UnitTreeSelect units={units} value={parentId} onChange={setParentId} disabledIds={disabled} reach={reach('unit', 'update')} data-testid="unit-move-parent" />
        </Form.Item>
      </Form>
      {parentId && (
        <Alert type="warning" showIcon
          title={t('ui.units.moveConfirm', { unit: `${unit.code} — ${unit.name}`, from: name(unit.parentId), to: name(parentId) })} />
      )}
      {error != null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(error)} />}
    </Modal>
  )
}
