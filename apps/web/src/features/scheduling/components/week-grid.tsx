"use client";

import type { Interview } from "@hirefolio/shared";
import { AlertCircleIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import { candidateOf, interviewConflicts } from "../interview-conflicts";
import { type LoopPlace, loopLabel } from "../loop-places";
import { addDays, isSameDay, minutesFrom, weekDays } from "../week";
import { formatRange } from "../zoned-time";

const hourHeight = 48;
const dayHeadFormat = new Intl.DateTimeFormat("en-US", { weekday: "short" });
const hourFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });

interface Placed {
  interview: Interview;
  top: number;
  bottom: number;
  lane: number;
  lanes: number;
}

/** Side-by-side lanes for interviews that overlap within one day, so none hides another. */
function placeDay(day: Date, interviews: Interview[]): Placed[] {
  const next = addDays(day, 1);
  const items = interviews
    .filter((i) => new Date(i.start) < next && new Date(i.end) > day)
    .map((interview) => ({
      interview,
      top: Math.max(0, minutesFrom(day, new Date(interview.start))),
      bottom: Math.min(minutesFrom(day, next), minutesFrom(day, new Date(interview.end))),
      lane: 0,
      lanes: 1,
    }))
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  let cluster: Placed[] = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const placed of cluster) placed.lanes = lanes;
    cluster = [];
  };
  for (const item of items) {
    if (item.top >= clusterEnd) closeCluster();
    const taken = new Set(cluster.filter((p) => p.bottom > item.top).map((p) => p.lane));
    while (taken.has(item.lane)) item.lane++;
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.bottom);
  }
  closeCluster();
  return items;
}

export interface BusyBlock {
  start: string;
  end: string;
}

/** Busy blocks of one day as minute offsets from its midnight, clipped to the hours drawn. */
function busyOfDay(day: Date, busy: BusyBlock[], firstMinute: number, lastMinute: number) {
  return busy
    .map((b) => ({
      key: `${b.start}/${b.end}`,
      top: Math.max(firstMinute, minutesFrom(day, new Date(b.start))),
      bottom: Math.min(lastMinute, minutesFrom(day, new Date(b.end))),
    }))
    .filter((b) => b.bottom > b.top);
}

/** The hours to draw: 8 to 18 at least, stretched to fit every interview of the week. */
function visibleHours(days: Date[], interviews: Interview[]): [number, number] {
  let first = 8;
  let last = 18;
  for (const interview of interviews) {
    const start = new Date(interview.start);
    const end = new Date(interview.end);
    if (!days.some((day) => isSameDay(day, start))) continue;
    first = Math.min(first, start.getHours());
    last = Math.max(last, isSameDay(start, end) ? Math.ceil(end.getHours() + end.getMinutes() / 60) : 24);
  }
  return [first, last];
}

function InterviewBlock({
  placed,
  firstHour,
  timeZone,
  loop,
  onOpen,
}: {
  placed: Placed;
  firstHour: number;
  timeZone: string;
  loop?: LoopPlace;
  onOpen: () => void;
}) {
  const { interview } = placed;
  const conflicts = interviewConflicts(interview);
  const cancelled = interview.status === "cancelled";
  const held = interview.status === "held";
  const top = ((placed.top - firstHour * 60) / 60) * hourHeight;
  const height = Math.max(20, ((placed.bottom - placed.top) / 60) * hourHeight - 2);
  const width = 100 / placed.lanes;
  const candidate = candidateOf(interview);
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={`${interview.title}, ${formatRange(interview.start, interview.end, timeZone)}${loop ? `, ${loopLabel(loop)}` : ""}${conflicts.length ? ", has conflicts" : ""}`}
      style={{ top, height, left: `calc(${placed.lane * width}% + 2px)`, width: `calc(${width}% - 4px)` }}
      className={cx(
        "absolute overflow-hidden rounded-md border-l-4 px-1.5 py-1 text-left text-xs shadow-sm transition hover:z-10 hover:shadow-md",
        "focus-visible:outline-2 focus-visible:outline-brand-600",
        cancelled && "border-slate-300 bg-slate-50 text-slate-400 line-through",
        !cancelled && conflicts.length > 0 && "border-rose-500 bg-rose-50 text-rose-900 ring-1 ring-rose-300",
        !cancelled && conflicts.length === 0 && held && "border-amber-400 bg-amber-50 text-amber-900 border-dashed",
        !cancelled && conflicts.length === 0 && !held && "border-brand-500 bg-brand-50 text-brand-900",
      )}
    >
      <span className="flex items-center gap-1 font-semibold">
        {conflicts.length > 0 && !cancelled && <AlertCircleIcon className="size-3 shrink-0" />}
        <span className="truncate">{candidate?.name ?? interview.title}</span>
        {loop && (
          <span className="ml-auto shrink-0 rounded bg-white/80 px-1 text-[10px] leading-4 font-semibold whitespace-nowrap">
            {loopLabel(loop)}
          </span>
        )}
      </span>
      <span className="block truncate opacity-80">
        {timeFormat.formatRange(new Date(interview.start), new Date(interview.end))}
      </span>

      {height > 52 && <span className="block truncate opacity-70">Round {interview.round}</span>}
    </button>
  );
}

/** Mon–Sun columns and hour rows in the viewer's zone, with the interviews laid over them. */
export function WeekGrid({
  weekStart,
  interviews,
  onOpen,
  now,
  timeZone,
  busy = [],
  loops,
}: {
  weekStart: Date;
  /** Where each loop session sits in its loop, for its badge. */
  loops: Map<string, LoopPlace>;
  /** Calendar busy time to shade behind the interviews (the interviewer in focus). */
  busy?: BusyBlock[];
  /** The viewer's zone, which the local Date arithmetic of the grid already uses; named for labels. */
  timeZone: string;
  interviews: Interview[];
  onOpen: (interview: Interview) => void;
  now: Date;
}) {
  const days = weekDays(weekStart);
  const [firstHour, lastHour] = visibleHours(days, interviews);
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-card">
      <div className="grid min-w-[760px] grid-cols-[3.5rem_repeat(7,minmax(0,1fr))]">
        <div className="border-b border-slate-200" />
        {days.map((day) => {
          const today = isSameDay(day, now);
          return (
            <div key={day.toISOString()} className="border-b border-l border-slate-200 px-2 py-2 text-center">
              <p className={cx("text-xs font-medium uppercase", today ? "text-brand-700" : "text-slate-500")}>
                {dayHeadFormat.format(day)}
              </p>
              <p
                className={cx(
                  "mx-auto mt-0.5 grid size-7 place-items-center rounded-full text-sm font-semibold",
                  today ? "bg-brand-600 text-white" : "text-slate-900",
                )}
              >
                {day.getDate()}
              </p>
            </div>
          );
        })}
        <div className="relative" style={{ height: hours.length * hourHeight }}>
          {hours.map((hour, index) => (
            <span
              key={hour}
              // The first label sits below the grid's top edge rather than straddling it.
              className={cx(
                "absolute right-2 text-[11px] text-slate-500 tabular-nums",
                index === 0 ? "translate-y-0.5" : "-translate-y-1/2",
              )}
              style={{ top: index * hourHeight }}
            >
              {hourFormat.format(new Date(2000, 0, 1, hour))}
            </span>
          ))}
        </div>
        {days.map((day) => (
          <section
            key={day.toISOString()}
            aria-label={day.toDateString()}
            className={cx("relative border-l border-slate-200", isSameDay(day, now) && "bg-brand-50/30")}
            style={{ height: hours.length * hourHeight }}
          >
            {hours.map((hour, index) => (
              <div
                key={hour}
                className="absolute inset-x-0 border-t border-slate-100"
                style={{ top: index * hourHeight }}
              />
            ))}
            {busyOfDay(day, busy, firstHour * 60, lastHour * 60).map((block) => (
              <div
                key={block.key}
                title="Busy in their calendar"
                className="absolute inset-x-0 bg-[repeating-linear-gradient(135deg,var(--color-slate-200)_0_6px,transparent_6px_12px)]"
                style={{
                  top: ((block.top - firstHour * 60) / 60) * hourHeight,
                  height: ((block.bottom - block.top) / 60) * hourHeight,
                }}
              />
            ))}
            {isSameDay(day, now) && now.getHours() >= firstHour && now.getHours() < lastHour && (
              <div
                aria-hidden="true"
                className="absolute inset-x-0 z-20 h-0.5 bg-rose-500"
                style={{ top: ((minutesFrom(day, now) - firstHour * 60) / 60) * hourHeight }}
              />
            )}
            {placeDay(day, interviews).map((placed) => (
              <InterviewBlock
                key={placed.interview.id}
                placed={placed}
                firstHour={firstHour}
                timeZone={timeZone}
                loop={loops.get(placed.interview.id)}
                onOpen={() => onOpen(placed.interview)}
              />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
