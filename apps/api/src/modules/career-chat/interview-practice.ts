import type { InterviewQuestions } from "@hirefolio/shared";

/** A message part as stored: tool parts are `tool-<name>` with the tool's output. */
export interface StoredPart {
  type: string;
  output?: unknown;
}

/** Shorter than this, a reply reads as a follow-up question or a fact rather than an attempt at an answer. */
export const MIN_ANSWER_WORDS = 25;

/** "Q2: …", "Question 2 - …", "Answer to question 2: …", "#2) …": the answer says which question it is for. */
const QUESTION_PICK = /^\s*(?:answer(?: to)?\s+)?(?:q|question|#)\s*(\d{1,2})\s*[:.)\-–—]?\s*/i;

const interviewQuestionsOutput = (parts: StoredPart[]) =>
  parts.find((p) => p.type === "tool-interviewQuestions" && p.output && "questions" in (p.output as object))?.output as
    | InterviewQuestions
    | undefined;

/**
 * The interview questions the user is practising: those the coach offered in its last answer, or earlier when the
 * answers since were only feedback on practice answers (so the user can answer question after question).
 */
export function offeredPractice(assistantMessages: StoredPart[][]): InterviewQuestions | undefined {
  for (const parts of assistantMessages.toReversed()) {
    const offered = interviewQuestionsOutput(parts);
    if (offered) return offered;
    if (!parts.some((p) => p.type === "tool-assessAnswer")) return undefined;
  }
  return undefined;
}

/** A reply to offered practice questions that is an answer: it picks a question, or is long and asks nothing. */
export function isPracticeAnswer(text: string): boolean {
  const pick = text.match(QUESTION_PICK);
  if (pick) return text.slice(pick[0].length).trim().length > 0;
  const words = text.trim().split(/\s+/).length;
  return words >= MIN_ANSWER_WORDS && !text.trim().endsWith("?");
}

/** The question an answer is for ("Q2: …" picks the second; the first by default) and the answer without the pick. */
export function pickPracticeQuestion(
  answer: string,
  offered: InterviewQuestions,
): { question: string; answer: string } | undefined {
  const pick = answer.match(QUESTION_PICK);
  const index = pick ? Number(pick[1]) - 1 : 0;
  const question = offered.questions[index]?.text;
  if (!question) return undefined;
  return { question, answer: pick ? answer.slice(pick[0].length).trim() : answer.trim() };
}
