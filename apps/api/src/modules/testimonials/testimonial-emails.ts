import { actionEmail } from "../mail/account-emails";

export const testimonialEmails = {
  request: (to: string, authorName: string, candidateName: string, message: string, url: string) =>
    actionEmail(
      to,
      `${candidateName} asks you for a testimonial`,
      `Hi ${authorName},`,
      `${candidateName} would value a few words from you about working together, shown on their Hirefolio portfolio once they approve it.${message ? ` Their note: “${message}”` : ""} The link works once, for 30 days.`,
      "Write a testimonial",
      url,
    ),
  submitted: (to: string, candidateName: string, authorName: string, url: string) =>
    actionEmail(
      to,
      `${authorName} wrote you a testimonial`,
      `Hi ${candidateName},`,
      `${authorName} wrote you a testimonial. Read it and approve it to show it on your portfolio; until then nobody else sees it.`,
      "Review testimonial",
      url,
    ),
};
