import { describe, expect, it } from "vitest";
import { browserFrom, cameraAccessProblem } from "./camera-access-problem";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const edge = `${chrome} Edg/131.0.0.0`;
const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const safari =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

const failure = (name: string) => new DOMException("getUserMedia failed", name);

describe("browserFrom", () => {
  it("tells the browsers apart although their user agents overlap", () => {
    expect(browserFrom(chrome)).toBe("chrome");
    expect(browserFrom(edge)).toBe("edge");
    expect(browserFrom(firefox)).toBe("firefox");
    expect(browserFrom(safari)).toBe("safari");
    expect(browserFrom("curl/8.0")).toBe("other");
  });
});

describe("cameraAccessProblem", () => {
  it("explains how to allow the camera in the browser in use when permission is denied", () => {
    const inChrome = cameraAccessProblem(failure("NotAllowedError"), chrome);
    const inFirefox = cameraAccessProblem(failure("NotAllowedError"), firefox);
    expect(inChrome.kind).toBe("denied");
    expect(inChrome.help).toContain("address bar");
    expect(inFirefox.help).toContain("crossed-out camera");
    expect(cameraAccessProblem(failure("NotAllowedError"), safari).help).toContain("Safari");
  });

  it("says so when there is no camera or microphone", () => {
    expect(cameraAccessProblem(failure("NotFoundError"), chrome).kind).toBe("no-device");
  });

  it("recognises a camera held by another app, including Firefox's AbortError", () => {
    expect(cameraAccessProblem(failure("NotReadableError"), chrome).kind).toBe("in-use");
    expect(cameraAccessProblem(failure("AbortError"), firefox).kind).toBe("in-use");
  });

  it("falls back to a general message for anything else", () => {
    expect(cameraAccessProblem(new Error("boom"), chrome).kind).toBe("unknown");
    expect(cameraAccessProblem("not an error", chrome).kind).toBe("unknown");
  });
});
