import type { Interview } from "@hirefolio/shared";

/** Why an interview needs attention, in words; empty when it is fine. */
export function interviewConflicts(interview: Interview): string[] {
  if (interview.status === "cancelled") return [];
  const name = (userId: string) => interview.participants.find((p) => p.userId === userId)?.name ?? "Someone";
  return [
    ...interview.calendarConflicts.map((userId) => `${name(userId)}'s calendar now has something else then`),
    ...interview.participants.filter((p) => p.response === "declined").map((p) => `${p.name} declined`),
  ];
}

export function candidateOf(interview: Interview) {
  return interview.participants.find((p) => p.role === "candidate");
}
