import type { SuggestedLoop } from "../api";
import { formatRange } from "../zoned-time";

/** Each session of a suggested loop: when it runs and who takes it. */
export function LoopSessionTimes({
  loop,
  titles,
  names,
  viewerZone,
}: {
  loop: SuggestedLoop;
  titles: string[];
  names: Map<string, string>;
  viewerZone: string;
}) {
  return (
    <ol className="mt-1 space-y-1 border-l-2 border-brand-100 pl-3" aria-label="Sessions">
      {loop.sessions.map((session, index) => (
        <li key={session.start} className="text-xs text-slate-600">
          <span className="font-medium text-slate-800">{titles[index] || `Session ${index + 1}`}</span>{" "}
          <span className="tabular-nums">{formatRange(session.start, session.end, viewerZone)}</span>
          {" · "}
          {[...session.interviewers, ...session.optionalInterviewers]
            .map((id) => names.get(id) ?? "an interviewer")
            .join(", ")}
        </li>
      ))}
    </ol>
  );
}
