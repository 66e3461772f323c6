import { readFileSync } from "node:fs";
import type { AtsResumeInput } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { collectBullets, collectResumeFields } from "./resume-text";

const sample: AtsResumeInput = JSON.parse(
  readFileSync(new URL("./fixtures/sample.resume.json", import.meta.url), "utf8"),
);

describe("collectResumeFields", () => {
  it("walks every prose field with its path, in document order", () => {
    const paths = collectResumeFields(sample).map((f) => f.path);
    expect(paths.slice(0, 5)).toEqual([
      "basics.name",
      "basics.label",
      "basics.summary",
      "basics.location.city",
      "basics.location.region",
    ]);
    expect(paths).toContain("work[0].highlights[2]");
    expect(paths).toContain("skills[1].keywords[0]");
    expect(paths).toContain("projects[0].roles[1]");
    expect(paths).toContain("interests[0].keywords[1]");
  });

  it("skips contact details, dates, links, references and metadata", () => {
    const paths = collectResumeFields(sample).map((f) => f.path);
    for (const skipped of ["basics.email", "basics.phone", "basics.url", "work[0].startDate", "meta.version"]) {
      expect(paths).not.toContain(skipped);
    }
    expect(paths.some((p) => p.startsWith("references"))).toBe(false);
    expect(paths.some((p) => p.startsWith("basics.profiles"))).toBe(false);
  });

  it("includes custom fields and skips blank strings", () => {
    const fields = collectResumeFields({ basics: { name: " " }, extras: [{ note: "Speaks at meetups" }] });
    expect(fields).toEqual([{ path: "extras[0].note", text: "Speaks at meetups" }]);
  });

  it("stops at a sane depth", () => {
    let deep: Record<string, unknown> = { text: "bottom" };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(collectResumeFields(deep as AtsResumeInput)).toEqual([]);
  });
});

describe("collectBullets", () => {
  it("collects work, volunteer and project highlights with their entry", () => {
    expect(collectBullets(sample).map((b) => [b.path, b.entryPath])).toEqual([
      ["work[0].highlights[0]", "work[0]"],
      ["work[0].highlights[1]", "work[0]"],
      ["work[0].highlights[2]", "work[0]"],
      ["volunteer[0].highlights[0]", "volunteer[0]"],
      ["projects[0].highlights[0]", "projects[0]"],
      ["projects[0].highlights[1]", "projects[0]"],
      ["projects[0].highlights[2]", "projects[0]"],
    ]);
  });
});
