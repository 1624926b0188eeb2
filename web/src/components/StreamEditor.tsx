/**
 * The opinion streams (luồng ý kiến) of a record, as a Form.List named "streams": topics, direction, intensity,
 * breadth, social groups, latent and hot-spot flags, and a one-line summary. Used by the phone capture form and
 * by the full record form, so both ask the same questions in the same order.
 */
import type { ReactNode } from 'react'
import { Button, Card, Checkbox, Col, Flex, Form, Input, Popconfirm, Radio, Row, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { BREADTHS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from '../../../src/shared/enums.ts'
import { useLocale } from '../i18n/locale.tsx'
import { foldOptionFilter } from '../lib/fold.ts'
import { emptyStream } from '../lib/streams.ts'

type Props = {
  /** narrow layout for phones: one column, larger touch targets */
  compact?: boolean
  /** something to show under a stream (suggested issues, for instance) */
  extra?: (index: number) => ReactNode
}

/** The list of streams with add and remove; needs to sit inside a Form. */
export function StreamEditor({ compact, extra }: Props) {
  const { t } = useLocale()
  const required = (msg: string) => [{ required: true, message: msg }]
  const half = compact ? 24 : 12

  return (
    <Form.List
      name="streams"
      rules={[{ validator: async (_, v: unknown[] | undefined) => { if (!v?.length) throw new Error(t('ui.streams.atLeastOne')) } }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              data-testid={`stream-${index}`}
              title={fields.length > 1 ? t('ui.streams.numbered', { n: index + 1 }) : t('ui.streams.one')}
              extra={fields.length > 1 && (
                <Popconfirm title={t('ui.streams.removeConfirm')} okText={t('ui.common.delete')} cancelText={t('ui.common.cancel')} onConfirm={() => remove(field.name)}>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('ui.streams.remove')}>{compact ? null : t('ui.streams.remove')}</Button>
                </Popconfirm>
              )}
            >
              <Row gutter={12}>
                <Col span={24}>
                  <Form.Item name={[field.name, 'topics']} label={t('ui.streams.topics')} rules={[
                    ...required(t('ui.streams.topicsRequired')),
                    { type: 'array', max: 5, message: t('ui.streams.topicsMax') },
                  ]}>
                    <Select
                      mode="multiple"
                      allowClear
                      showSearch={{ filterOption: foldOptionFilter }}
                      placeholder={t('ui.streams.topicsPlaceholder')}
                      options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))}
                      data-testid={`stream-${index}-topics`}
                    />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'direction']} label={t('ui.streams.direction')} rules={required(t('ui.streams.directionRequired'))}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      className="chip-radio"
                      options={DIRECTIONS.map((c) => ({ value: c, label: t(`directions.${c}`) }))}
                      data-testid={`stream-${index}-direction`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={half}>
                  <Form.Item name={[field.name, 'intensity']} label={t('ui.streams.intensity')}>
                    <Radio.Group optionType="button" className="chip-radio" options={INTENSITIES.map((c) => ({ value: c, label: t(`intensities.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={half}>
                  <Form.Item name={[field.name, 'breadth']} label={t('ui.streams.breadth')}>
                    <Radio.Group optionType="button" className="chip-radio" options={BREADTHS.map((c) => ({ value: c, label: t(`breadths.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'groups']} label={t('ui.streams.groups')} rules={[{ type: 'array', max: 12 }]}>
                    <Select
                      mode="multiple"
                      allowClear
                      showSearch={{ filterOption: foldOptionFilter }}
                      placeholder={t('ui.streams.groupsPlaceholder')}
                      options={SOCIAL_GROUPS.map((c) => ({ value: c, label: t(`socialGroups.${c}`) }))}
                      data-testid={`stream-${index}-groups`}
                    />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Flex gap={16} wrap style={{ marginBottom: 12 }}>
                    <Form.Item name={[field.name, 'latent']} valuePropName="checked" noStyle>
                      <Checkbox data-testid={`stream-${index}-latent`}>{t('ui.streams.latent')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'hotSpot']} valuePropName="checked" noStyle>
                      <Checkbox data-testid={`stream-${index}-hotspot`}>{t('ui.streams.hotSpot')}</Checkbox>
                    </Form.Item>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: -6, marginBottom: 12 }}>
                    {t('ui.streams.latentHint')}
                  </Typography.Text>
                </Col>
                <Col span={24}>
                  <Form.Item name={[field.name, 'summary']} label={t('ui.streams.summary')} rules={[{ max: 1000, message: t('errors.FIELD_TOO_LONG') }]}
                    style={{ marginBottom: extra ? 12 : 0 }}>
                    <Input placeholder={t('ui.streams.summaryPlaceholder')} maxLength={1000} />
                  </Form.Item>
                </Col>
              </Row>
              {extra?.(index)}
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          {fields.length < 20 && (
            <Button icon={<PlusOutlined />} onClick={() => add(emptyStream())} block={compact} data-testid="stream-add">
              {t('ui.streams.add')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  )
}
