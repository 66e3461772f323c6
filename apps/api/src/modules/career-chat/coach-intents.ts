import type { CareerCoachToolName } from "./career-coach-tools";
import type { StoredPart } from "./interview-practice";
import type { MissingFact } from "./missing-fact";
import { looksLikeJobDescription } from "./resume-feedback";

/**
 * The coaching intents the offline engine recognises, most specific first. The generic word matcher misses
 * phrasings such as "how do I get from nurse to nurse practitioner", so the coach names the tool itself.
 */
const intents: [CareerCoachToolName, RegExp][] = [
  ["resumeFeedback", /\b(resume|résumé|cv|ats)\b/i],
  [
    "jobSearchStrategy",
    /\b(job (?:search|hunt)|look(?:ing)? for (?:a )?(?:new )?(?:job|work)|find (?:a )?(?:new )?job|start applying|where (?:do|should|can) i apply)/i,
  ],
  ["interviewQuestions", /\binterview/i],
  ["learningPlan", /\b(learning plan|study plan|learn|course|books?|resources?|study|training)\b/i],
  ["salary", /\b(salary|salaries|pay|paid|wages?|earn|income|compensation)\b/i],
  ["skillGap", /\b(skill gap|skills?|gaps?|missing|lack|qualif)/i],
  ["careerPath", /\b(path|next role|next step|move|switch|transition|change|become|get (?:from|into|to)|from .+ to )/i],
  ["matchOccupation", /\b(what occupation|which occupation|job title|what is an?|what does an?)\b/i],
];

/** A pasted job description is a request for resume feedback, whatever words about pay or skills it contains. */
export function coachIntent(question: string): CareerCoachToolName | undefined {
  if (looksLikeJobDescription(question)) return "resumeFeedback";
  return intents.find(([, pattern]) => pattern.test(question))?.[0];
}

/**
 * The tool whose last answer asked the user for a fact, and which fact: a reply such as "registered nurse" answers
 * that question rather than starting a new topic.
 */
export function pendingFact(
  lastAssistantParts: StoredPart[] | undefined,
): { toolName: CareerCoachToolName; fact: MissingFact["needsFact"] } | undefined {
  for (const part of lastAssistantParts ?? []) {
    const output = part.output as Partial<MissingFact> | undefined;
    if (part.type.startsWith("tool-") && output?.needsFact) {
      return { toolName: part.type.slice("tool-".length) as CareerCoachToolName, fact: output.needsFact };
    }
  }
  return undefined;
}
