import { generateText, stepCountIs, streamText, tool } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OfflineModel } from "./offline-model";

function jobTools() {
  const queries: string[] = [];
  const resumes: string[] = [];
  const tools = {
    searchJobs: tool({
      description: "Search open jobs by title, skill or place",
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }) => {
        queries.push(query);
        return {
          total: 2,
          jobs: [
            { title: "Data Engineer", company: "Acme", location: "Berlin", remote: false },
            { title: "Analytics Engineer", company: "Globex", location: "Hamburg", remote: true },
          ],
        };
      },
    }),
    analyseResume: tool({
      description: "Check a resume against applicant tracking systems and score it",
      inputSchema: z.object({ resumeText: z.string(), locale: z.string().optional() }),
      execute: async ({ resumeText }) => {
        resumes.push(resumeText);
        return { score: 72, missingKeywords: ["Kubernetes", "Terraform"] };
      },
    }),
  };
  return { tools, queries, resumes };
}

const jobsAnswer = [
  "Total: 2",
  "Jobs:",
  "- Data Engineer (company: Acme, location: Berlin, remote: no)",
  "- Analytics Engineer (company: Globex, location: Hamburg, remote: yes)",
].join("\n");

describe("OfflineModel with generateText", () => {
  it("calls the matching tool with the user's text and answers only from its result", async () => {
    const { tools, queries, resumes } = jobTools();
    const prompt = "Find data engineer jobs in Berlin";
    const result = await generateText({ model: new OfflineModel(), tools, prompt, stopWhen: stepCountIs(3) });

    expect(queries).toEqual([prompt]);
    expect(resumes).toEqual([]);
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0]?.toolCalls.map((call) => [call.toolName, call.input])).toEqual([
      ["searchJobs", { query: prompt }],
    ]);
    expect(result.text).toBe(jobsAnswer);
    expect(result.finishReason).toBe("stop");
  });

  it("routes to another tool by its description and fills a text-like property", async () => {
    const { tools, queries, resumes } = jobTools();
    const prompt = "Please score my resume: Senior TypeScript developer, 8 years, AWS";
    const result = await generateText({ model: new OfflineModel(), tools, prompt, stopWhen: stepCountIs(3) });

    expect(resumes).toEqual([prompt]);
    expect(queries).toEqual([]);
    expect(result.text).toBe("Score: 72\nMissing keywords:\n- Kubernetes\n- Terraform");
  });

  it("lists what it can help with when no tool matches, without calling any", async () => {
    const { tools, queries, resumes } = jobTools();
    const result = await generateText({ model: new OfflineModel(), tools, prompt: "What's the weather tomorrow?" });

    expect([...queries, ...resumes]).toEqual([]);
    expect(result.toolCalls).toEqual([]);
    expect(result.text).toBe(
      [
        "I could not tell what you would like me to do with that. I can help with:",
        "- Search open jobs by title, skill or place",
        "- Check a resume against applicant tracking systems and score it",
      ].join("\n"),
    );
  });

  it("says it has no tool when none is offered, rather than guessing", async () => {
    const result = await generateText({ model: new OfflineModel(), prompt: "Who won the 1998 World Cup?" });
    expect(result.text).toBe("The built-in offline engine has no tool for that, so it cannot answer without guessing.");
  });

  it("does not call a tool whose required input it would have to invent", async () => {
    let booked = false;
    const bookInterview = tool({
      description: "Book an interview slot",
      inputSchema: z.object({ topic: z.string(), durationMinutes: z.number() }),
      execute: async () => {
        booked = true;
        return { ok: true };
      },
    });
    const result = await generateText({
      model: new OfflineModel(),
      tools: { bookInterview },
      prompt: "Book an interview",
      stopWhen: stepCountIs(3),
    });
    expect(booked).toBe(false);
    expect(result.text).toContain("- Book an interview slot");
  });

  it("reports a failing tool instead of answering", async () => {
    const searchJobs = tool({
      description: "Search open jobs",
      inputSchema: z.object({ query: z.string() }),
      execute: async (): Promise<{ jobs: string[] }> => {
        throw new Error("job index is rebuilding");
      },
    });
    const result = await generateText({
      model: new OfflineModel(),
      tools: { searchJobs },
      prompt: "search jobs",
      stopWhen: stepCountIs(3),
    });
    expect(result.text).toBe("The searchJobs tool failed: job index is rebuilding");
  });
});

describe("OfflineModel with streamText", () => {
  it("streams the same tool call and answer as generateText, with usage", async () => {
    const { tools, queries } = jobTools();
    const prompt = "Find data engineer jobs in Berlin";
    const result = streamText({ model: new OfflineModel(), tools, prompt, stopWhen: stepCountIs(3) });

    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    const steps = await result.steps;

    expect(queries).toEqual([prompt]);
    expect(steps[0]?.toolCalls.map((call) => [call.toolName, call.input])).toEqual([["searchJobs", { query: prompt }]]);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(jobsAnswer);
    expect(await result.text).toBe(jobsAnswer);
    const usage = await result.totalUsage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
  });
});
