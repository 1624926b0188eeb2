/** An amount in đồng with thousands separators as Vietnamese write them (2.340.000 đ); empty stays empty. */
import { InputNumber, type InputNumberProps } from 'antd'

const group = (v: string | number | undefined) => (v === undefined || v === null || v === '' ? '' : new Intl.NumberFormat('vi-VN').format(Number(v)))
const digits = (v: string | undefined) => Number((v ?? '').replace(/\D/g, ''))

/** A controlled InputNumber for whole đồng. */
export function MoneyInput(props: Omit<InputNumberProps<number>, 'formatter' | 'parser'>) {
  return <InputNumber<number> min={0} max={1_000_000_000} style={{ width: '100%' }} addonAfter="đ" {...props} formatter={group} parser={digits} />
}
