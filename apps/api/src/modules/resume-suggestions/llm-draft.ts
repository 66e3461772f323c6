import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText } from "ai";
import { guardNumbers } from "../../engines/ats/number-guard";

/** The rules every draft request carries; the output is checked against them afterwards all the same. */
export const draftSystemPrompt = [
  "You improve resume text for the person who wrote it.",
  "Use only the facts listed under RESUME FACTS. Never invent employers, job titles, skills, tools, certifications,",
  "dates, team sizes or results, and never write a number that the facts do not contain: where a figure would",
  'help, write a placeholder such as "[N]%", "$[N]" or "[N] users" for the person to fill in.',
  "Name a job keyword only if the resume facts show it; the keywords the resume does not show must not be claimed.",
  "Answer with the finished text only: no quotes, no preamble, no markdown, no list markers.",
].join(" ");

export interface GroundedDraft {
  /** What to write, e.g. "Rewrite this bullet …". */
  task: string;
  /** The resume's own facts, one per line; the only material the model may use. */
  facts: string[];
  /** Every text the facts came from: a figure in the answer that is not in here becomes "[N]". */
  source: string;
  maxChars: number;
}

/** Markdown, list markers and wrapping quotes that models add although told not to. */
function unwrap(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/gm, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“'](.*)["”']$/s, "$1")
    .trim();
}

/** Cuts at the last sentence end, or else the last word, that fits. */
function fitTo(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  const sentenceEnd = head.search(/[.!?](?=[^.!?]*$)/);
  if (sentenceEnd > maxChars / 2) return head.slice(0, sentenceEnd + 1);
  return head.replace(/\s+\S*$/, "").replace(/[,;:]$/, "");
}

/**
 * The model's answer made safe to offer: unwrapped, every figure not in the source replaced by "[N]", and cut to
 * the field's limit. Empty when nothing usable is left.
 */
export function cleanDraft(answer: string, draft: Pick<GroundedDraft, "source" | "maxChars">): string {
  return fitTo(guardNumbers(unwrap(answer), draft.source).text, draft.maxChars);
}

/** Asks the configured model for a draft from the given facts only; throws when the server fails. */
export async function draftWithLlm(model: LanguageModelV3, draft: GroundedDraft): Promise<string> {
  const { text } = await generateText({
    model,
    system: draftSystemPrompt,
    prompt: `${draft.task}\n\nRESUME FACTS\n${draft.facts.join("\n")}`,
    temperature: 0.2,
    maxOutputTokens: 400,
    maxRetries: 1,
    abortSignal: AbortSignal.timeout(20_000),
  });
  return cleanDraft(text, draft);
}
