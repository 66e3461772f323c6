import { describe, expect, it } from "vitest";
import { lockedTemplates } from "./template-access";

const all = ["software-engineering", "data-analytics", "finance", "healthcare", "creative-design", "academic-research"];
const freeTemplates = ["software-engineering", "data-analytics"];

describe("lockedTemplates", () => {
  it("locks the premium templates on Free, but not the one the resume already has", () => {
    const free = { limits: { resumeTemplates: 2 }, freeTemplates };
    expect([...lockedTemplates(free, all, "software-engineering")]).toEqual([
      "finance",
      "healthcare",
      "creative-design",
      "academic-research",
    ]);
    expect(lockedTemplates(free, all, "finance").has("finance")).toBe(false);
    expect(lockedTemplates(free, all, "finance").has("healthcare")).toBe(true);
  });

  it("locks nothing when the plan includes every template", () => {
    expect(lockedTemplates({ limits: { resumeTemplates: 6 }, freeTemplates }, all, "software-engineering").size).toBe(
      0,
    );
    expect(lockedTemplates({ limits: { resumeTemplates: null }, freeTemplates }, all, "finance").size).toBe(0);
  });
});
