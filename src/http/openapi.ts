/** The OpenAPI 3.1 description of /api, generated from the declared routes and their Zod schemas. */
import { z } from 'zod'
import { ROUTES } from './api-route.ts'

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string', description: 'Vietnamese text' }, details: {} },
      required: ['code', 'message'],
    },
  },
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of ROUTES) {
    const url = r.url.replace(/:(\w+)/g, '{$1}')
    const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }))
    const query = r.query
      ? Object.entries((z.toJSONSchema(r.query, { io: 'input', unrepresentable: 'any' }) as any).properties ?? {}).map(([name, schema]) => ({
          name, in: 'query', required: false, schema,
        }))
      : []
    paths[url] ??= {}
    paths[url]![r.method.toLowerCase()] = {
      tags: [r.tag],
      summary: r.summary,
      parameters: [...params, ...query],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses: {
        '200': { description: 'OK', content: { [r.produces ?? 'application/json']: {} } },
        default: { description: 'Lỗi', content: { 'application/json': { schema: errorSchema } } },
      },
      ...(r.auth === false ? { security: [] } : {}),
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Cầu Nối API', version, description: 'Công tác dư luận xã hội. Lỗi: { error: { code, message, details } }.' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'caunoi_session' },
        token: { type: 'http', scheme: 'bearer', description: 'Mã truy cập cá nhân do quản trị cấp (cnt_…)' },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  }
}
