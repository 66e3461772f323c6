import { describe, expect, it } from "vitest";
import { defaultActionVerbs } from "./action-verbs";
import { assessBullet, isCleanlyWorded, isGoodLength } from "./bullet-quality";

const assess = (text: string) =>
  assessBullet({ path: "work[0].highlights[0]", text, entryPath: "work[0]" }, defaultActionVerbs);

describe("assessBullet", () => {
  it("measures a strong bullet", () => {
    const q = assess("Cut p99 checkout latency from 900 ms to 240 ms with an async queue");
    expect(q).toMatchObject({ words: 14, opensWithActionVerb: true, measurable: true, hasPlaceholder: false });
    expect(isGoodLength(q)).toBe(true);
    expect(isCleanlyWorded(q)).toBe(true);
  });

  it("records each wording problem", () => {
    const q = assess("I was responsible for our synergy program, [N]% bigger");
    expect(q).toMatchObject({
      opensWithActionVerb: false,
      measurable: false,
      weakPhrase: "was responsible for",
      firstPerson: "I",
      cliche: "synergy",
      hasPlaceholder: true,
    });
    expect(isCleanlyWorded(q)).toBe(false);
  });

  it.each([
    [7, false],
    [8, true],
    [30, true],
    [31, false],
  ])("%i words is a good length: %s", (n, expected) => {
    expect(isGoodLength(assess(`Led ${"word ".repeat(n - 1)}`))).toBe(expected);
  });
});
