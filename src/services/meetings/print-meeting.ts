/** The printable page of a meeting's petitions (HTML, one A4 page) for whoever may read the meeting. */
import { meetingPrintHtml } from '../../exports/meeting-print.ts'
import { localDay } from '../../domain/time.ts'
import type { ServiceContext } from '../context.ts'
import { getVoterMeeting } from './list-meetings.ts'

export async function printMeeting(ctx: ServiceContext, input: { meetingId: string }): Promise<string> {
  return meetingPrintHtml(await getVoterMeeting(ctx, input), localDay(ctx.now))
}
