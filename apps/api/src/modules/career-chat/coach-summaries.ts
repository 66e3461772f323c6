import type {
  AnswerFeedbackResponse,
  CareerPaths,
  CareerResumeFeedback,
  DataSource,
  InterviewQuestions,
  LearningPlanResponse,
  OccupationMatchList,
  SalaryInsightsResponse,
  SkillGapResponse,
} from "@hirefolio/shared";

/**
 * What the model reads of each tool result: a short plain-language brief built only from the result, ending with
 * its data source. The web still gets the full result for its cards; the offline engine says the brief as is.
 */

const percent = (share: number) => `${Math.round(share * 100)}%`;
const dollars = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
const list = (items: string[]) => items.join(", ");
/** A proposed rewrite can be a whole summary; the brief quotes its start, the card shows it all. */
const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function citation(sources: DataSource[]): string {
  return `Source: ${sources.map((s) => `${s.dataset} (${s.period})`).join("; ")}.`;
}

export function describePaths(paths: CareerPaths): string {
  const lines: string[] = [];
  if (paths.to) {
    if (!paths.path) lines.push(`No realistic route from ${paths.from.title} to ${paths.to.title} was found.`);
    else {
      lines.push(
        `A route from ${paths.from.title} to ${paths.to.title} (plausibility ${percent(paths.path.plausibility)}):`,
      );
      for (const [i, step] of paths.path.steps.entries()) {
        const wage = step.medianAnnualWage === null ? "" : `, median ${dollars(step.medianAnnualWage)} a year`;
        const gaps = step.topGaps.length ? `; learn ${list(step.topGaps.slice(0, 3))}` : "";
        lines.push(`${i + 1}. ${step.title}${wage}${i > 0 ? gaps : ""}`);
      }
    }
  } else {
    lines.push(`Next roles from ${paths.from.title}:`);
    for (const role of paths.nextRoles) {
      const delta = role.reasons.salaryDelta;
      const pay = delta === null ? "" : `, ${delta >= 0 ? "+" : "−"}${dollars(Math.abs(delta))} median pay`;
      lines.push(
        `- ${role.title}: ${percent(role.reasons.readiness)} ready${pay}; shares ${list(role.reasons.sharedSkills.slice(0, 3))}`,
      );
    }
  }
  lines.push(citation(paths.sources));
  return lines.join("\n");
}

export function describeSkillGap(gap: SkillGapResponse): string {
  const lines = [
    `Moving from ${gap.from.title} to ${gap.to.title}, you already meet ${percent(gap.readiness)} of what matters most.`,
  ];
  if (gap.gaps.length) lines.push(`Biggest gaps: ${list(gap.gaps.slice(0, 5).map((g) => g.name))}.`);
  if (gap.missingTechnologies.length) {
    lines.push(`Technologies to learn: ${list(gap.missingTechnologies.slice(0, 5).map((t) => t.name))}.`);
  }
  if (gap.covered.length) lines.push(`Already covered: ${list(gap.covered.slice(0, 5).map((g) => g.name))}.`);
  lines.push(citation(gap.sources));
  return lines.join("\n");
}

export function describeLearningPlan(plan: LearningPlanResponse): string {
  const lines = [
    `A ${plan.totalWeeks}-week plan at ${plan.weeklyHours} hours a week (${Math.round(plan.totalHours)} hours) from ${plan.from.title} to ${plan.to.title}:`,
  ];
  for (const step of plan.steps.slice(0, 6)) {
    const first = step.resources[0];
    lines.push(
      `- Weeks ${step.startWeek}–${step.endWeek}: ${step.skill}${first ? ` with "${first.title}"${first.provider ? ` (${first.provider})` : ""}` : ""}`,
    );
  }
  lines.push(citation(plan.sources));
  return lines.join("\n");
}

export function describeSalary(salary: SalaryInsightsResponse): string {
  const figures = salary.annual.length ? salary.annual : salary.hourly;
  const unit = salary.annual.length ? "a year" : "an hour";
  const at = (p: number) => figures.find((f) => f.percentile === p)?.display;
  const lines = [
    `${salary.title}: median ${at(50)} ${unit}; half earn between ${at(25)} and ${at(75)}, and 80% between ${at(10)} and ${at(90)}.`,
  ];
  if (salary.employment !== null)
    lines.push(`About ${salary.employment.toLocaleString("en-US")} people work in this role in the U.S.`);
  lines.push(citation([salary.source]));
  return lines.join("\n");
}

export function describeInterviewQuestions(questions: InterviewQuestions): string {
  return [
    `Practice questions for ${questions.occupation.title}:`,
    ...questions.questions.slice(0, 6).map((q, i) => `${i + 1}. ${q.text}`),
    "Answer one here and I will give you feedback on its structure, specificity and results.",
    citation([questions.source]),
  ].join("\n");
}

export function describeMatches(matches: OccupationMatchList): string {
  if (!matches.items.length) return "No occupation matches that title.";
  return [
    "Closest occupations:",
    ...matches.items.map((m) => `- ${m.title} (${m.code}), matched on "${m.matchedTitle}"`),
    citation([matches.source]),
  ].join("\n");
}

export function describeResumeFeedback(feedback: CareerResumeFeedback): string {
  const against =
    feedback.against.kind === "role"
      ? `the ${feedback.against.occupation.title} role profile`
      : "the job description you pasted";
  const lines = [`Your resume "${feedback.resume.title}" scores ${feedback.score}/100 against ${against}.`];
  const { keywords, content, format, contact } = feedback.subscores;
  lines.push(`Keywords ${keywords}, content ${content}, format ${format}, contact details ${contact}.`);
  if (feedback.matchedKeywords.length) lines.push(`Matched: ${list(feedback.matchedKeywords.map((k) => k.term))}.`);
  if (feedback.missingKeywords.length) {
    const missing = feedback.missingKeywords.map((k) => (k.importance === "must" ? `${k.term} (required)` : k.term));
    lines.push(`Missing: ${list(missing)}.`);
  }
  if (feedback.suggestions.length) {
    lines.push("First things to change:", ...feedback.suggestions.map((s) => `- ${s.reason} Try: "${clip(s.after)}"`));
  }
  lines.push(feedback.sources.length ? citation(feedback.sources) : "Source: the job description in your message.");
  return lines.join("\n");
}

export function describeAnswerFeedback(feedback: AnswerFeedbackResponse): string {
  const mark = (present: boolean) => (present ? "yes" : "missing");
  const { situation, task, action, result } = feedback.structure;
  const { numbers, namedTools, resultStatements } = feedback.specificity;
  const lines = [
    `Your answer to "${feedback.question}" scores ${feedback.score}/100 (${feedback.words} words).`,
    `Structure (STAR): situation ${mark(situation)}, task ${mark(task)}, action ${mark(action)}, result ${mark(result)}.`,
    `Specificity: ${numbers.length ? `figures ${list(numbers)}` : "no figures"}; ${
      namedTools.length ? `tools named ${list(namedTools)}` : "no tools named"
    }; ${resultStatements} sentence${resultStatements === 1 ? "" : "s"} stating a result.`,
  ];
  if (feedback.suggestions.length) lines.push("To improve:", ...feedback.suggestions.map((s) => `- ${s}`));
  lines.push("Graded by fixed rules for STAR structure, specificity and length, the same way every time.");
  return lines.join("\n");
}
