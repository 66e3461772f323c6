export interface MailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text (e.g. an ICS file) or base64 for binary content. */
  content: string;
  encoding?: "utf8" | "base64";
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  readonly kind: "outbox" | "smtp";
  send(message: MailMessage): Promise<void>;
  check(): Promise<void>;
  close(): Promise<void>;
}
