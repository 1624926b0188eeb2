/** Roles as tags: "Người phụ trách DLXH @ Chi bộ KDC 1", with a star for the unit's responsible officer. */
import { Flex, Tag, Tooltip, Typography } from 'antd'
import { StarFilled } from '@ant-design/icons'
import type { RoleView } from '../../../src/shared/schemas.ts'
import { useLocale } from '../i18n/locale.tsx'

/** One tag per role assignment. */
export function RoleTags({ roles }: { roles: readonly RoleView[] }) {
  const { t } = useLocale()
  if (!roles.length) return <Typography.Text type="secondary">{t('ui.users.noRoles')}</Typography.Text>
  return (
    <Flex gap={4} wrap>
      {roles.map((r) => (
        <Tooltip key={`${r.role}@${r.unitId}`} title={`${r.unitCode} — ${r.unitName}`}>
          <Tag color={r.role === 'admin' ? 'red' : r.isResponsible ? 'gold' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {r.isResponsible && <StarFilled aria-label={t('ui.users.responsibleMark')} style={{ marginInlineEnd: 4 }} />}
            {t(`roles.${r.role}`)} @ {r.unitName}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  )
}
