import { randomUUID } from "node:crypto";
import type { Db } from "@hirefolio/db";
import { outboxMessage } from "@hirefolio/db/schema";
import type { MailAttachment, Mailer, MailMessage } from "./mailer";

/**
 * The outbox table has no encoding column, so the content type decides it: text/* attachments (ICS,
 * plain text) are stored as readable text, everything else as base64. The outbox page reads them back by the same rule.
 */
export function isTextContentType(contentType: string): boolean {
  return contentType.trim().toLowerCase().startsWith("text/");
}

/** Development mailer: messages land in a table shown at /dev/outbox instead of being sent. */
export class OutboxMailer implements Mailer {
  readonly kind = "outbox";

  constructor(private readonly db: Db) {}

  async send(message: MailMessage): Promise<void> {
    await this.db.insert(outboxMessage).values({
      id: randomUUID(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: (message.attachments ?? []).map(toStoredAttachment),
    });
  }

  async check(): Promise<void> {
    await this.db.select({ id: outboxMessage.id }).from(outboxMessage).limit(1);
  }

  /** The database handle belongs to the caller, who closes it. */
  async close(): Promise<void> {}
}

function toStoredAttachment(attachment: MailAttachment) {
  const bytes = Buffer.from(attachment.content, attachment.encoding === "base64" ? "base64" : "utf8");
  return {
    filename: attachment.filename,
    contentType: attachment.contentType,
    content: bytes.toString(isTextContentType(attachment.contentType) ? "utf8" : "base64"),
  };
}
