import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api-client";
import { uploadErrorMessage } from "./upload-error-message";

const problem = (status: number, detail?: string) =>
  new ApiError({ type: "x", title: "Refused", status, ...(detail ? { detail } : {}) });

describe("uploadErrorMessage", () => {
  it("names the file and keeps the server's reason", () => {
    expect(uploadErrorMessage("logo.svg", problem(422, "SVG images are not accepted."))).toBe(
      "logo.svg can't be used. SVG images are not accepted.",
    );
    expect(uploadErrorMessage("deck.pdf", problem(413, "A PDF can be at most 20 MB."))).toBe(
      "deck.pdf is too large. A PDF can be at most 20 MB.",
    );
  });

  it("explains a bare proxy refusal without a detail", () => {
    expect(uploadErrorMessage("big.mov", problem(413))).toBe("big.mov is too large. It is over the upload limit.");
    expect(uploadErrorMessage("a.bin", problem(415))).toBe("a.bin can't be used. Its type isn't one we accept.");
  });

  it("falls back to the title for other failures and to a retry hint for non-API errors", () => {
    expect(uploadErrorMessage("a.png", problem(500))).toBe("a.png could not be uploaded. Refused");
    expect(uploadErrorMessage("a.png", new Error("boom"))).toBe("a.png could not be uploaded. Please try again.");
  });
});
