import type { Interview } from "@hirefolio/shared";

/** Where a session sits in its loop: its position and every session of the loop, in order. */
export interface LoopPlace {
  index: number;
  sessions: Interview[];
}

/**
 * The loop sessions among `interviews`, keyed by interview id. A loop runs on one day or over adjacent ones, so
 * the week's interviews normally hold all of its sessions.
 */
export function loopPlaces(interviews: Interview[]): Map<string, LoopPlace> {
  const byLoop = new Map<string, Interview[]>();
  for (const interview of interviews) {
    if (interview.loopId) byLoop.set(interview.loopId, [...(byLoop.get(interview.loopId) ?? []), interview]);
  }
  const places = new Map<string, LoopPlace>();
  for (const sessions of byLoop.values()) {
    sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (const [index, session] of sessions.entries()) places.set(session.id, { index, sessions });
  }
  return places;
}

export const loopLabel = (place: LoopPlace) => `Loop · ${place.index + 1}/${place.sessions.length}`;
