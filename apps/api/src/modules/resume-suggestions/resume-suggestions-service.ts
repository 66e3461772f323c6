import type { Db } from "@hirefolio/db";
import type {
  AtsResumeInput,
  PageQuery,
  RecordSuggestionDecision,
  SuggestionDecision,
  SuggestionDraft,
  SuggestionDraftRequest,
} from "@hirefolio/shared";
import { yearsOfExperience } from "../../engines/ats/experience-years";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { problems } from "../../http/problem";
import type { AiProvider } from "../../platform/ai/ai-provider";
import type { Clock } from "../../platform/clock";
import type { AtsService } from "../ats/ats-service";
import type { BillingService } from "../billing/billing-service";
import type { ResumesService } from "../resumes/resumes-service";
import { draftWithLlm } from "./llm-draft";
import * as repo from "./resume-suggestions-repo";
import {
  type Bullet,
  bulletPrompt,
  type DraftContext,
  findBullet,
  llmBulletRewrite,
  llmSummary,
  offlineBulletRewrite,
  offlineSummary,
  summaryPrompt,
} from "./suggestion-drafts";
import { suggestionFingerprint } from "./suggestion-fingerprint";

export function createResumeSuggestionsService(deps: {
  db: Db;
  clock: Clock;
  ai: AiProvider;
  resumes: ResumesService;
  ats: AtsService;
  billing: Pick<BillingService, "assertWithin" | "recordSuggestionDraft">;
}) {
  const { db, clock } = deps;

  /** The LLM's draft, or undefined when the server fails or its answer has nothing usable left after cleaning. */
  async function tryLlm(context: DraftContext, bullet: Bullet | undefined) {
    try {
      const answer = await draftWithLlm(deps.ai.model, bullet ? bulletPrompt(context, bullet) : summaryPrompt(context));
      if (!answer) return undefined;
      return bullet ? llmBulletRewrite(bullet, answer) : llmSummary(context, answer);
    } catch {
      return undefined;
    }
  }

  return {
    /** Owner only: records an accept or dismiss; a dismissed suggestion is left out of later analyses. */
    async record(user: SessionUser, resumeId: string, input: RecordSuggestionDecision): Promise<SuggestionDecision> {
      await deps.resumes.get(user, resumeId);
      const { suggestion, decision } = input;
      const now = clock.now();
      const values = {
        kind: suggestion.kind,
        decision,
        before: suggestion.before?.trim() ?? "",
        after: suggestion.after,
        source: suggestion.source,
      };
      const id = await repo.insertDecision(db, {
        ...values,
        resumeId,
        userId: user.id,
        fingerprint: suggestionFingerprint(suggestion),
        now,
      });
      return { id, ...values, createdAt: now.toISOString() };
    },

    async list(user: SessionUser, resumeId: string, query: PageQuery) {
      await deps.resumes.get(user, resumeId);
      const rows = await repo.listDecisions(db, resumeId, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      return toPage(rows, query.limit, (row) => row);
    },

    /**
     * A summary or bullet rewrite on request: by the configured LLM from the resume's own facts when there is one,
     * by the built-in engine otherwise or when the LLM fails.
     */
    async draft(user: SessionUser, resumeId: string, request: SuggestionDraftRequest): Promise<SuggestionDraft> {
      const { document } = await deps.resumes.get(user, resumeId);
      const bullet = request.kind === "rewrite-bullet" ? findBullet(document, request.where ?? "") : undefined;
      if (request.kind === "rewrite-bullet" && !bullet) {
        throw problems.badRequest("There is no bullet with text at that path in this resume.", [
          { field: "body.where", message: "names no bullet of this resume" },
        ]);
      }
      await deps.billing.assertWithin(user, "suggestionDrafts");
      const context: DraftContext = {
        document,
        analysis: await deps.ats.analyzeDocument(document as AtsResumeInput, request.jobDescription ?? ""),
        years: yearsOfExperience(document as AtsResumeInput, clock.now()),
      };
      await deps.billing.recordSuggestionDraft(user, resumeId);
      const llmDraft = deps.ai.kind === "offline" ? undefined : await tryLlm(context, bullet);
      if (llmDraft) return { suggestions: [llmDraft], llmUnavailable: false };
      return {
        suggestions: bullet ? offlineBulletRewrite(context, bullet) : [offlineSummary(context)],
        llmUnavailable: deps.ai.kind !== "offline",
      };
    },
  };
}

export type ResumeSuggestionsService = ReturnType<typeof createResumeSuggestionsService>;
