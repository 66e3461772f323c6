import { describe, expect, it } from "vitest";
import { chatProblem } from "./chat-error";

describe("chatProblem", () => {
  it("shows the rate limit's detail", () => {
    const body = JSON.stringify({
      type: "rate-limited",
      title: "Too many requests",
      status: 429,
      detail: "Try again in 1 minute.",
    });
    expect(chatProblem(new Error(body))).toEqual({
      title: "You're asking faster than the coach allows",
      detail: "Try again in 1 minute.",
    });
  });

  it("shows a validation problem's detail, or its title when there is none", () => {
    const tooLong = { status: 400, title: "Bad request", detail: "A message can be at most 2000 characters." };
    expect(chatProblem(new Error(JSON.stringify(tooLong))).detail).toBe("A message can be at most 2000 characters.");
    expect(chatProblem(new Error(JSON.stringify({ status: 500, title: "Internal error" }))).detail).toBe(
      "Internal error",
    );
  });

  it("passes a stream error's plain message through and names a lost connection", () => {
    expect(chatProblem(new Error("The model timed out")).detail).toBe("The model timed out");
    expect(chatProblem(new TypeError("Failed to fetch")).title).toBe("Connection lost");
  });
});
