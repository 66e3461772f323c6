import { explainNoSlot } from "./no-slot-reasons";
import { addTentative, type PlacedSession, placeSession, type TentativeLoad } from "./panel-assignment";
import { buildSearchContext, type SearchContext, sessionStarts } from "./search-context";
import { scoreOption } from "./slot-score";
import type { SuggestedSlot, SuggestInput, SuggestResult } from "./slot-types";
import { validateSuggestInput } from "./validate-suggest-input";
import { formatInZone } from "./zone-time";

/**
 * Placements tried per request across all loop options. A loop whose later sessions cannot be staffed makes the
 * search backtrack; the budget keeps a hopeless request bounded instead of exploring every start of every session.
 */
const searchBudget = 200_000;
const defaultMaxResults = 10;

/** The earliest way to place sessions `index…` after `previousEnd`, or false; the chain is left in `placed`. */
function placeRest(
  context: SearchContext,
  index: number,
  previousEnd: number,
  placed: PlacedSession[],
  tentative: TentativeLoad,
  budget: { left: number },
): boolean {
  const plan = context.sessions[index];
  if (!plan) return true;
  for (const start of sessionStarts(context, plan, previousEnd + plan.minBreakMs, previousEnd + plan.maxBreakMs)) {
    if (--budget.left < 0) return false;
    const session = placeSession(plan, start, context.optional, tentative);
    if (!session) continue;
    const undo = addTentative(tentative, session);
    placed.push(session);
    if (placeRest(context, index + 1, session.end, placed, tentative, budget)) {
      undo();
      return true;
    }
    placed.pop();
    undo();
  }
  return false;
}

/** Every option: for each start of the first session, the earliest staffing of the rest of the loop. */
function findOptions(context: SearchContext): PlacedSession[][] {
  const first = context.sessions[0]!;
  const budget = { left: searchBudget };
  const options: PlacedSession[][] = [];
  const tentative: TentativeLoad = new Map();
  for (const start of sessionStarts(context, first, context.range.start, context.range.end)) {
    if (--budget.left < 0) break;
    const session = placeSession(first, start, context.optional, tentative);
    if (!session) continue;
    if (context.sessions.length === 1) {
      options.push([session]);
      continue;
    }
    const undo = addTentative(tentative, session);
    const placed = [session];
    if (placeRest(context, 1, session.end, placed, tentative, budget)) options.push(placed);
    undo();
  }
  return options;
}

export function toSuggestedSlot(context: SearchContext, placed: PlacedSession[]): SuggestedSlot {
  const zone = context.input.request.candidateTimeZone;
  const order = context.input.participants.map((p) => p.id);
  const ids = new Set(placed.flatMap((s) => [...s.interviewers, ...s.optional].map((a) => a.participant.id)));
  const ordered = (list: { participant: { id: string } }[]) =>
    order.filter((id) => list.some((a) => a.participant.id === id));
  return {
    start: formatInZone(placed[0]!.start, zone),
    end: formatInZone(placed.at(-1)!.end, zone),
    interviewers: order.filter((id) => ids.has(id)),
    sessions: placed.map((s) => ({
      start: formatInZone(s.start, zone),
      end: formatInZone(s.end, zone),
      interviewers: ordered(s.interviewers),
      optionalInterviewers: ordered(s.optional),
    })),
    ...scoreOption(context, placed, true),
  };
}

/**
 * Ranked slots for an interview or a loop of sessions, best first (ties: earlier first), or the reasons why
 * nothing fits. Throws SlotInputError for unusable input.
 */
export function suggestSlots(input: SuggestInput): SuggestResult {
  validateSuggestInput(input);
  const context = buildSearchContext(input);
  const options = findOptions(context);
  if (options.length === 0) return { slots: [], noSlotReasons: explainNoSlot(context) };
  const scored = options.map((placed) => ({ placed, score: scoreOption(context, placed, false).score }));
  scored.sort((a, b) => b.score - a.score || a.placed[0]!.start - b.placed[0]!.start);
  const best = scored.slice(0, input.request.maxResults ?? defaultMaxResults);
  return { slots: best.map((option) => toSuggestedSlot(context, option.placed)), noSlotReasons: [] };
}
