import type { ApplicationStage } from "@hirefolio/shared";
import type { MailMessage } from "../../platform/mail/mailer";
import type { ApplicationRow } from "./applications-repo";

const stageWords: Record<ApplicationStage, string> = {
  applied: "is back with the hiring team",
  screening: "moved to screening",
  interview: "moved to the interview stage",
  offer: "reached the offer stage",
  hired: "ended in a hire — congratulations",
  rejected: "was not taken further",
  withdrawn: "was withdrawn",
};

/** Tells the candidate where their application stands; never includes the recruiter's private note. */
export function stageChangedEmail(row: ApplicationRow, to: ApplicationStage, publicUrl: string): MailMessage {
  const subject = `Your application for ${row.jobTitle} at ${row.employerName}`;
  const text = `Hi ${row.candidateName},\n\nYour application for ${row.jobTitle} at ${row.employerName} ${stageWords[to]}.\n\nSee it on your dashboard: ${publicUrl}/candidate\n\n— Hirefolio`;
  return { to: row.candidateEmail, subject, text };
}
