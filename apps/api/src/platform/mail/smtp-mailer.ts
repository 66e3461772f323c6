import nodemailer, { type Transporter } from "nodemailer";
import type { Mailer, MailMessage } from "./mailer";

export interface SmtpMailerOptions {
  /** smtp:// or smtps:// with credentials, as in SMTP_URL. */
  url: string;
  /** Sender shown to recipients, e.g. `Hirefolio <no-reply@example.com>`. */
  from: string;
}

export class SmtpMailer implements Mailer {
  readonly kind = "smtp";
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(options: SmtpMailerOptions) {
    this.transport = nodemailer.createTransport(options.url);
    this.from = options.from;
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // contentType passes through untouched, so a `text/calendar; method=REQUEST` invite keeps its method.
      attachments: message.attachments?.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
        encoding: attachment.encoding ?? "utf8",
      })),
    });
  }

  async check(): Promise<void> {
    await this.transport.verify();
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
