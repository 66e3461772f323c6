import type { CareerOccupation } from "./career-occupation";

export type QuestionKind = "task" | "skill" | "technology" | "behavioural";

export interface InterviewQuestion {
  kind: QuestionKind;
  text: string;
  /** What the question was built from: the O*NET task, skill or technology, or "STAR" for the behavioural bank. */
  basis: string;
}

/**
 * Behavioural questions in the STAR style (situation, task, action, result), written for Hirefolio. Each names the
 * competence it probes, so the set can be matched to the skills a role rates highly.
 */
const BEHAVIOURAL: { text: string; competence: string }[] = [
  {
    competence: "Complex Problem Solving",
    text: "Describe a problem at work that had no obvious answer. How did you work it out, and what happened?",
  },
  {
    competence: "Coordination",
    text: "Tell me about a time several people depended on you to keep work on schedule. What did you do?",
  },
  {
    competence: "Judgment and Decision Making",
    text: "Describe a decision you made with incomplete information. How did you decide, and how did it turn out?",
  },
  {
    competence: "Social Perceptiveness",
    text: "Tell me about a disagreement with a colleague or customer. How did you handle it, and what was the outcome?",
  },
  {
    competence: "Time Management",
    text: "Describe a time you had more work than time. How did you prioritise, and what was the result?",
  },
  {
    competence: "Active Learning",
    text: "Tell me about something you had to learn quickly for a job. How did you learn it, and how did you use it?",
  },
  {
    competence: "Monitoring",
    text: "Describe a mistake you made or caught at work. What did you do about it, and what changed afterwards?",
  },
  {
    competence: "Persuasion",
    text: "Tell me about a time you convinced someone to change their mind. What did you say or show them?",
  },
  {
    competence: "Service Orientation",
    text: "Describe a time you went beyond what was asked to help a customer, patient or colleague.",
  },
  {
    competence: "Management of Personnel Resources",
    text: "Tell me about a time you led a group or trained someone. What did you do, and what did they achieve?",
  },
];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const withoutStop = (s: string) => s.replace(/\.\s*$/, "");

/**
 * Interview questions for an occupation: from its core (or not yet typed) O*NET tasks ("Tell me about a time you had to …"), its most
 * important skills and knowledge, its Hot Technologies, and behavioural STAR questions, those probing the role's
 * most important skills first. Deterministic: the same occupation always gives the same questions in the same order.
 */
export function interviewQuestions(
  occupation: CareerOccupation,
  counts: Partial<Record<QuestionKind, number>> = {},
): InterviewQuestion[] {
  const want = { task: 5, skill: 3, technology: 2, behavioural: 4, ...counts };
  const tasks = occupation.tasks
    .filter((t) => t.core !== false)
    .slice(0, want.task)
    .map((t) => ({
      kind: "task" as const,
      text: `Tell me about a time you had to ${lowerFirst(withoutStop(t.statement))}. What did you do, and what was the result?`,
      basis: t.statement,
    }));
  const elements = [...occupation.skills, ...occupation.knowledge].sort(
    (a, b) => b.importance - a.importance || a.name.localeCompare(b.name),
  );
  const skills = elements.slice(0, want.skill).map((e) => ({
    kind: "skill" as const,
    text: `This role relies on ${e.name.toLowerCase()}. Give an example of how you have used it and what came of it.`,
    basis: e.name,
  }));
  const technologies = occupation.technologies
    .filter((t) => t.hot)
    .slice(0, want.technology)
    .map((t) => ({
      kind: "technology" as const,
      text: `What have you done with ${t.name}? Walk me through one piece of work and the choices you made.`,
      basis: t.name,
    }));
  const rank = new Map(elements.map((e, k) => [e.name, k]));
  const behavioural = [...BEHAVIOURAL]
    .sort((a, b) => (rank.get(a.competence) ?? 99) - (rank.get(b.competence) ?? 99))
    .slice(0, want.behavioural)
    .map((q) => ({ kind: "behavioural" as const, text: q.text, basis: "STAR" }));
  return [...tasks, ...skills, ...technologies, ...behavioural];
}
