/** Voter meetings (tiếp xúc cử tri): list, read with petitions, record and edit, add a petition, print. */
import type { FastifyInstance } from 'fastify'
import { createMeetingInput, meetingQuery, petitionInput, updateMeetingInput } from '../../shared/meeting.schema.ts'
import { getVoterMeeting, listVoterMeetings } from '../../services/meetings/list-meetings.ts'
import { createMeeting } from '../../services/meetings/create-meeting.ts'
import { updateMeeting } from '../../services/meetings/update-meeting.ts'
import { addPetition } from '../../services/meetings/add-petition.ts'
import { printMeeting } from '../../services/meetings/print-meeting.ts'
import { apiRoute } from '../api-route.ts'

export function meetingRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/meetings', tag: 'meetings', summary: 'Các cuộc tiếp xúc cử tri trong phạm vi (mới nhất trước)', query: meetingQuery },
    async ({ ctx, query }) => listVoterMeetings(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/meetings/:id', tag: 'meetings', summary: 'Một cuộc tiếp xúc cử tri với các kiến nghị và tình hình xử lý' },
    async ({ ctx, params }) => getVoterMeeting(ctx, { meetingId: params.id! }))

  apiRoute(app, { method: 'GET', url: '/api/meetings/:id/print', tag: 'meetings', summary: 'Trang in danh sách kiến nghị (HTML, một trang A4)', produces: 'text/html' },
    async ({ ctx, params, reply }) => {
      const html = await printMeeting(ctx, { meetingId: params.id! })
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
    })

  apiRoute(app, { method: 'POST', url: '/api/meetings', tag: 'meetings', summary: 'Ghi một cuộc tiếp xúc cử tri', body: createMeetingInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createMeeting(ctx, body)
    })

  apiRoute(app, { method: 'PATCH', url: '/api/meetings/:id', tag: 'meetings', summary: 'Sửa một cuộc tiếp xúc cử tri', body: updateMeetingInput },
    async ({ ctx, body, params }) => updateMeeting(ctx, { ...body, meetingId: params.id! }))

  apiRoute(app, { method: 'POST', url: '/api/meetings/:id/petitions', tag: 'meetings', summary: 'Thêm một kiến nghị của cử tri (thành phiếu thông tin kênh tiếp xúc cử tri)', body: petitionInput },
    async ({ ctx, body, params, reply }) => {
      const { petition, created } = await addPetition(ctx, { ...body, meetingId: params.id! })
      reply.code(created ? 201 : 200)
      return petition
    })
}
