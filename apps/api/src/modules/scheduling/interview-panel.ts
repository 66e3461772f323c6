import type { BookingRules } from "./interview-booking";
import type { InterviewRow, ParticipantRow } from "./interviews-repo";
import type { Panel } from "./slot-inputs";

const minuteMs = 60_000;
/** Rescheduling keeps the interview's length and buffers; starts fall on a 5-minute grid. */
const rescheduleStepMinutes = 5;

/** Rules of an existing interview, for moving it or finding times to move it to. */
export function rulesOfInterview(row: InterviewRow): BookingRules {
  return {
    durationMinutes: (row.endAt.getTime() - row.startAt.getTime()) / minuteMs,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    minimumNoticeMinutes: 0,
    stepMinutes: rescheduleStepMinutes,
  };
}

/** The panel an interview was booked with: its interviewers all required again, the optional ones optional. */
export function panelOfInterview(row: InterviewRow, people: ParticipantRow[]): Panel {
  const candidate = people.find((p) => p.role === "candidate");
  if (!candidate) throw new Error(`interview ${row.id} has no candidate`);
  const person = (p: ParticipantRow) => ({ id: p.userId, name: p.name });
  const interviewers = people.filter((p) => p.role === "interviewer");
  return {
    candidate: person(candidate),
    interviewers: interviewers.filter((p) => p.required).map(person),
    optionalInterviewers: interviewers.filter((p) => !p.required).map(person),
    candidateTimeZone: row.candidateTimeZone,
  };
}
