export type CameraAccessProblemKind = "denied" | "no-device" | "in-use" | "unsupported" | "unknown";

export interface CameraAccessProblem {
  kind: CameraAccessProblemKind;
  title: string;
  /** What to do about it, in the words of the browser the person is using. */
  help: string;
}

type Browser = "chrome" | "edge" | "firefox" | "safari" | "other";

/** Order matters: Edge's user agent also says Chrome, and Chrome's also says Safari. */
export function browserFrom(userAgent: string): Browser {
  if (/Edg\//.test(userAgent)) return "edge";
  if (/Firefox\//.test(userAgent)) return "firefox";
  if (/Chrome\/|Chromium\//.test(userAgent)) return "chrome";
  if (/Safari\//.test(userAgent)) return "safari";
  return "other";
}

const allowSteps: Record<Browser, string> = {
  chrome:
    "Click the camera icon at the right of the address bar (or the site settings icon at its left), choose Always allow for camera and microphone, then try again.",
  edge: "Click the lock icon at the left of the address bar, set Camera and Microphone to Allow, then try again.",
  firefox:
    "Click the crossed-out camera icon at the left of the address bar, remove the Blocked permissions, then try again.",
  safari:
    "Open Safari › Settings for this website, set Camera and Microphone to Allow, then try again. On iPhone: aA › Website Settings.",
  other: "Open this site's settings from the address bar, allow the camera and microphone, then try again.",
};

/**
 * Turns a getUserMedia rejection into words a candidate can act on. The DOMException names are the ones the
 * Media Capture spec defines; browsers disagree on a few (Firefox says AbortError for a busy camera).
 */
export function cameraAccessProblem(error: unknown, userAgent: string): CameraAccessProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
    case "SecurityError":
      return {
        kind: "denied",
        title: "Your browser is blocking the camera and microphone",
        help: allowSteps[browserFrom(userAgent)],
      };
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return {
        kind: "no-device",
        title: "We couldn't find a camera and microphone",
        help: "Plug in or switch on a webcam and a microphone (a headset works), then try again. You need both to record an introduction.",
      };
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return {
        kind: "in-use",
        title: "Your camera is busy",
        help: "Another app or tab is using the camera or microphone (a video call, perhaps). Close it, then try again.",
      };
    default:
      return {
        kind: "unknown",
        title: "The camera didn't start",
        help: "Reload the page and try again. If it keeps happening, try another browser.",
      };
  }
}

/** Recording needs a secure page and the MediaRecorder API; older browsers and plain-http pages have neither. */
export const unsupportedProblem: CameraAccessProblem = {
  kind: "unsupported",
  title: "This browser can't record video",
  help: "Open Hirefolio in a current version of Chrome, Edge, Firefox or Safari to record your introduction.",
};
