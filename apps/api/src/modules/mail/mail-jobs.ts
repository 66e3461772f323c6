import type { Mailer, MailMessage } from "../../platform/mail/mailer";
import type { JobQueue } from "../../platform/queue/job-queue";

const SEND_MAIL = "mail.send";

/** Mail goes through the queue so a slow or failing SMTP server never fails the request that caused it. */
export function enqueueMail(queue: JobQueue, message: MailMessage, dedupeKey?: string) {
  return queue.enqueue(SEND_MAIL, message, { dedupeKey, maxAttempts: 8 });
}

export function registerMailJobs(queue: JobQueue, mailer: Mailer) {
  queue.register<MailMessage>(SEND_MAIL, (message) => mailer.send(message));
}
