import { STOP_WORDS } from "./generic-words";
import { countWords, normaliseText } from "./normalise";

/** Where in a job description a piece of text sits, which says how much the employer cares about what it names. */
export type JobContext = "title" | "intro" | "must" | "responsibility" | "other" | "nice" | "ignore";

export interface JobSegment {
  text: string;
  context: JobContext;
  /** Index of the source line, so that repeated mentions on one line count once. */
  line: number;
}

type HeadingContext = Exclude<JobContext, "title" | "intro">;

// Checked in this order: "Preferred qualifications" is nice-to-have although it says "qualifications", and
// "Physical requirements" is about the job, not the candidate's skills.
const HEADINGS: [HeadingContext, RegExp][] = [
  [
    "nice",
    /^(nice[- ]to[- ]haves?|good[- ]to[- ]haves?|(preferred|desired|desirable|bonus)( (qualifications?|skills|experience|points|requirements))?|(additional|extra) (qualifications?|skills|experience|points|credit)|pluses|a plus|it'?s a plus|would be (nice|great)|even better|not required,? but)\b/,
  ],
  [
    "ignore",
    /^(benefits|perks|(what )?we offer|compensation|salary|pay( range)?|equal (employment )?opportunit(y|ies)( employer)?|eeo( statement)?|diversity|how to apply|application process|location|(work )?schedule|shift|hours|why (join|work)|what'?s in it for you|(our|total) (benefits|rewards)|physical (demands|requirements)|working conditions|travel)\b/,
  ],
  [
    "must",
    /^((the|key|basic|minimum|required|essential|technical|core|job) )?(requirements?|qualifications?|skills|experience|competenc(y|ies)|must[- ]haves?|what (you'?ll|you will|you) (need|bring|have)|what we'?re looking for|what we are looking for|who you are|about you|you have|you are|your (profile|background|skills|experience)|tech(nical)? stack|our stack|education|licen[cs]es?|certifications?)\b/,
  ],
  [
    "responsibility",
    /^((key|your|main|core|primary|essential) )?(responsibilit(y|ies)|duties|accountabilities|what (you'?ll|you will|you) (do|be doing|work on|own)|(about )?the (role|job|position|opportunity)|role overview|your (role|impact|day)|in this role|day[- ]to[- ]day|a day in the life|(job|position|role) (summary|overview|description|purpose)|the work|impact)\b/,
  ],
  // About the company: a stack mentioned there ("we run on Rails") is not asked of the candidate.
  [
    "ignore",
    /^(about (us|the company|the team|[\p{L}&.-]+$)|who we are|our (company|mission|story|team|culture)|company (overview|description)|the team|why us)\b/u,
  ],
];

const NICE_CUE =
  /\b(nice[- ]to[- ]have|a plus|a bonus|preferred|preferably|desirable|desired|ideally|bonus|not required|optional|good[- ]to[- ]have|would be (great|nice|helpful)|advantageous|an advantage)\b/i;
const MUST_CUE = /\b(required|requires?|must|mandatory|essential|minimum)\b/i;
const BULLET = /^\s*(?:[-*•·▪‣◦●–+]|\d{1,2}[.)])\s+/;

/**
 * Splits a plain-text job description into segments labelled by the section they sit in. Headings are short lines
 * that name a section ("Requirements", "Nice to have:", "## What you'll do"); a clause that says "a plus" or
 * "preferred" is nice-to-have wherever it appears, and one that says "required" is a must even under "Preferred".
 */
export function splitJobDescription(jobDescription: string): JobSegment[] {
  const segments: JobSegment[] = [];
  let section: JobContext = "intro";
  let seenText = false;
  const lines = normaliseText(jobDescription).split(/\r?\n/);
  for (const [lineIndex, line] of lines.entries()) {
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    const heading = headingOf(line);
    if (heading) {
      section = heading;
      seenText = true;
      continue;
    }
    const text = line.replace(BULLET, "").trim();
    if (!seenText && isTitleLine(text)) {
      seenText = true;
      segments.push({ text, context: "title", line: lineIndex });
      continue;
    }
    seenText = true;
    for (const clause of splitClauses(text)) {
      segments.push({ text: clause, context: clauseContext(clause, section), line: lineIndex });
    }
  }
  return segments;
}

/**
 * Clauses of a line: split at semicolons and sentence ends, and a parenthesis that names something of its own
 * ("SQL (PostgreSQL preferred)") becomes a clause so its cue stays with it. A bare cue ("Tableau (a plus)")
 * stays with the clause it qualifies.
 */
function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  for (const sentence of text.split(/;\s+|(?<=[a-z)])\.\s+/)) {
    const asides: string[] = [];
    const main = sentence.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
      if (!NICE_CUE.test(inner) && !MUST_CUE.test(inner)) return whole;
      const rest = inner
        .replace(new RegExp(NICE_CUE.source, "gi"), " ")
        .replace(new RegExp(MUST_CUE.source, "gi"), " ");
      if (!rest.split(/[^\p{L}]+/u).some((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase()))) return whole;
      asides.push(inner);
      return " ";
    });
    clauses.push(main.replace(/\s+/g, " ").trim(), ...asides);
  }
  return clauses;
}

function isTitleLine(text: string): boolean {
  return countWords(text) <= 12 && !/[.!?]$/.test(text);
}

function clauseContext(clause: string, section: JobContext): JobContext {
  if (section === "ignore") return section;
  if (section === "nice") return MUST_CUE.test(clause) && !NICE_CUE.test(clause) ? "must" : "nice";
  return NICE_CUE.test(clause) && !MUST_CUE.test(clause) ? "nice" : section;
}

function headingOf(line: string): HeadingContext | undefined {
  if (BULLET.test(line)) return undefined;
  const marked = /^\s*#{1,6}\s/.test(line) || /^\s*(\*\*|__).+(\*\*|__)\s*:?\s*$/.test(line) || /:\s*$/.test(line);
  const bare = line
    .replace(/^\s*#{1,6}\s*/, "")
    .replace(/\*\*|__/g, "")
    .replace(/:\s*$/, "")
    .trim();
  const words = countWords(bare);
  if (words === 0 || words > 8) return undefined;
  // "SKILLS" or "WHAT YOU BRING" are headings; "SQL" or "AWS" alone on a line are list items.
  const shouting = bare === bare.toUpperCase() && (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 6;
  const lower = bare.toLowerCase();
  for (const [context, pattern] of HEADINGS) {
    const match = pattern.exec(lower);
    // An unmarked line must be nothing but the heading, or "Experience with Python" would open a section.
    if (match && (marked || shouting || match[0].length === lower.length)) return context;
  }
  return marked || shouting ? "other" : undefined;
}
