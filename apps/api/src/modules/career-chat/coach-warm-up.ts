import type { Db } from "@hirefolio/db";
import { convertToModelMessages, stepCountIs, streamText, type UIMessage } from "ai";
import type { SessionUser } from "../../http/auth-guard";
import { OfflineModel } from "../../platform/ai/offline-model";
import type { AtsService } from "../ats/ats-service";
import type { CareerService } from "../career/career-service";
import type { JobSearchService } from "../career-job-search/job-search-service";
import type { ResumesService } from "../resumes/resumes-service";
import * as repo from "./career-chat-repo";
import { careerCoachTools } from "./career-coach-tools";

/** Matches no row: the warm-up's queries read nothing and write nothing. */
const NOBODY = "00000000-0000-4000-8000-000000000000";
const warmUpUser: SessionUser = {
  id: NOBODY,
  name: "Warm-up",
  email: "warm-up@hirefolio.invalid",
  emailVerified: false,
  role: "candidate",
};

const WARM_UP_QUESTIONS = [
  ["careerPath", "How do I get from registered nurse to nurse practitioner?"],
  ["skillGap", "What skills do I need to go from web developer to software developer?"],
  ["salary", "What is the salary for a web developer?"],
  ["interviewQuestions", "Interview questions for a data scientist"],
] as const;

/**
 * Coach answers, run in memory at start so the first real question does not pay for what only happens once per
 * process (bench/career-chat-first-token.ts measured ~400 ms without this, ~100 ms with it): the AI SDK's first
 * stream (its first stack trace makes Node parse the SDK's 2 MB source map: ~230 ms), the tool schemas' first
 * conversion, the career engine's first calls, number formatting, and PGlite's first plans of the chat queries.
 * The built-in offline model answers whichever provider is configured, so no LLM is called; no row is written, so
 * every stateless replica can run it.
 */
export async function warmUpCoach(deps: {
  db: Db;
  career: CareerService;
  ats: AtsService;
  resumes: ResumesService;
  jobSearch: JobSearchService;
}): Promise<void> {
  await Promise.all([repo.findOwnedConversation(deps.db, NOBODY, NOBODY), repo.listMessages(deps.db, NOBODY)]);
  const { tools } = careerCoachTools({ ...deps, user: warmUpUser, facts: {} });
  // Code runs interpreted until it has run a few times: two rounds over the tools that answer from the data alone.
  for (let round = 0; round < 2; round++) {
    for (const [toolName, text] of WARM_UP_QUESTIONS) {
      const question: UIMessage = { id: "warm-up", role: "user", parts: [{ type: "text", text }] };
      const result = streamText({
        model: new OfflineModel(),
        messages: await convertToModelMessages([question], { tools }),
        tools,
        toolChoice: { type: "tool", toolName },
        stopWhen: stepCountIs(2),
      });
      await result.toUIMessageStreamResponse({ originalMessages: [question] }).text();
    }
  }
}
