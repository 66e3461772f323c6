import type { MailMessage } from "../../platform/mail/mailer";

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One layout for every account email: a greeting, one paragraph, one button, the raw link. */
export function actionEmail(
  to: string,
  subject: string,
  greeting: string,
  body: string,
  action: string,
  url: string,
): MailMessage {
  const text = `${greeting}\n\n${body}\n\n${action}: ${url}\n\nIf you did not expect this email, you can ignore it.\n— Hirefolio`;
  const html = `<div style="font-family:system-ui,sans-serif;max-width:520px;margin:auto;color:#0f172a">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escapeHtml(action)}</a></p>
<p style="font-size:13px;color:#475569">Or open this link: ${escapeHtml(url)}</p>
<p style="font-size:13px;color:#475569">If you did not expect this email, you can ignore it.</p></div>`;
  return { to, subject, text, html };
}

export const accountEmails = {
  verifyEmail: (to: string, name: string, url: string) =>
    actionEmail(
      to,
      "Confirm your email for Hirefolio",
      `Hi ${name},`,
      "Please confirm this is your email address.",
      "Confirm email",
      url,
    ),
  resetPassword: (to: string, name: string, url: string) =>
    actionEmail(
      to,
      "Reset your Hirefolio password",
      `Hi ${name},`,
      "Someone asked to reset your password. The link works for one hour.",
      "Choose a new password",
      url,
    ),
  invitation: (to: string, inviterName: string, employerName: string, url: string) =>
    actionEmail(
      to,
      `${inviterName} invited you to ${employerName} on Hirefolio`,
      "Hello,",
      `${inviterName} invited you to join ${employerName} on Hirefolio to hire together.`,
      "Accept invitation",
      url,
    ),
};
