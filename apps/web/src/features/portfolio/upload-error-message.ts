import { ApiError } from "../../lib/api-client";

/**
 * Why a file was refused, in a sentence that names it. The server's detail says what it found (e.g. "SVG images are
 * not accepted…"); a proxy's bare 413 or 415 has none, so those get a sentence of their own.
 */
export function uploadErrorMessage(fileName: string, error: unknown): string {
  if (!(error instanceof ApiError)) return `${fileName} could not be uploaded. Please try again.`;
  const detail = error.problem.detail;
  switch (error.status) {
    case 413:
      return `${fileName} is too large. ${detail ?? "It is over the upload limit."}`;
    case 415:
    case 422:
      return `${fileName} can't be used. ${detail ?? "Its type isn't one we accept."}`;
    default:
      return `${fileName} could not be uploaded. ${detail ?? error.problem.title}`;
  }
}
