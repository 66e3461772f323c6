import { describe, expect, it } from "vitest";
import { handleBaseFromName, handleCandidate, handleProblem } from "./handle-rules";

describe("handleBaseFromName", () => {
  it.each([
    ["Ada Lovelace", "ada-lovelace"],
    ["  Zoë   Müller-Lüdenscheidt ", "zoe-muller-ludenscheidt"],
    ["José O'Brien", "jose-o-brien"],
    ["Al", "al-folio"],
    ["李雷", "folio"],
    ["Admin", "admin-folio"],
    ["Bartholomew Fitzgerald-Montgomery III", "bartholomew-fitzgerald-montgom"],
  ])("%s → %s", (name, handle) => {
    const base = handleBaseFromName(name);
    expect(base).toBe(handle);
    expect(handleProblem(base)).toBeUndefined();
  });
});

describe("handleCandidate", () => {
  it("adds numeric suffixes that always fit in 30 characters", () => {
    expect(handleCandidate("ada", 1)).toBe("ada");
    expect(handleCandidate("ada", 2)).toBe("ada-2");
    const long = `${"a".repeat(28)}-b`;
    expect(handleCandidate(long, 12)).toBe(`${"a".repeat(27)}-12`);
    expect(handleCandidate(long, 12)).toHaveLength(30);
    expect(handleCandidate("abcdefghijklmnopqrstuvwxyz-abc", 3)).toBe("abcdefghijklmnopqrstuvwxyz-a-3");
  });
});

describe("handleProblem", () => {
  it.each(["admin", "api", "p", "settings"])("refuses the reserved word %s", (handle) => {
    expect(handleProblem(handle)).toBeDefined();
  });
  it.each(["ab", "a".repeat(31), "-ada", "ada-", "ada--l", "Ada", "ada_l", "adä"])("refuses %s", (handle) => {
    expect(handleProblem(handle)).toBeDefined();
  });
  it("accepts a valid handle", () => {
    expect(handleProblem("ada-lovelace-2")).toBeUndefined();
  });
});
