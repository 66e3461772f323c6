import { describe, expect, it } from "vitest";
import { checkLength } from "./length-checks";

const words = (n: number) => [{ path: "basics.summary", text: "word ".repeat(n) }];
const ids = (n: number, pageCount?: number) => checkLength(words(n), { pageCount }).map((c) => c.id);

describe("checkLength", () => {
  it.each([
    [299, ["length.too-short"]],
    [300, []],
    [900, []],
    [901, ["length.too-long"]],
  ])("%i words", (n, expected) => {
    expect(ids(n)).toEqual(expected);
  });

  it("warns beyond two pages", () => {
    expect(ids(500, 2)).toEqual([]);
    expect(ids(500, 3)).toEqual(["length.too-many-pages"]);
  });
});
