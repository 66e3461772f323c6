/**
 * A fact a coach tool needs and neither the question nor the conversation gave: the coach asks instead of guessing.
 * One set of questions for every tool, so the reply to one is remembered the same way whichever tool asked.
 */
export interface MissingFact {
  needsFact: "currentRole" | "targetRole" | "location";
  question: string;
}

const questions: Record<MissingFact["needsFact"], string> = {
  currentRole: 'What is your current role? For example: "I am a registered nurse".',
  targetRole: 'Which role are you aiming for? For example: "I want to become a nurse practitioner".',
  location: 'Where do you want to work: a city or region, or remote? Say "anywhere" if it does not matter.',
};

export const ask = (needsFact: MissingFact["needsFact"]): MissingFact => ({
  needsFact,
  question: questions[needsFact],
});

export const isMissingFact = (output: unknown): output is MissingFact =>
  typeof output === "object" && output !== null && "needsFact" in output;
