import { createHash } from "node:crypto";

/**
 * The key of a job description's score history: sha-256 of its text with Unicode, case and whitespace normalised,
 * so pasting the same posting again (with different line breaks) continues the same series.
 */
export function jobDescriptionHash(jobDescription: string): string {
  const normalised = jobDescription.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}
