import type { Db } from "@hirefolio/db";
import type { Config } from "../../config";
import type { Mailer } from "./mailer";
import { OutboxMailer } from "./outbox-mailer";
import { SmtpMailer } from "./smtp-mailer";

/** SMTP when configured; otherwise mail goes to the development outbox so nothing leaves the machine. */
export function createMailer(config: Pick<Config, "SMTP_URL" | "MAIL_FROM">, db: Db): Mailer {
  return config.SMTP_URL ? new SmtpMailer({ url: config.SMTP_URL, from: config.MAIL_FROM }) : new OutboxMailer(db);
}
