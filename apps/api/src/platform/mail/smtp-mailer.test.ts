import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SmtpMailer } from "./smtp-mailer";

interface ReceivedMail {
  from: string;
  recipients: string[];
  raw: string;
}

const received: ReceivedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  // The client would otherwise upgrade to TLS against the server's self-signed certificate.
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    text(stream).then((raw) => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        recipients: session.envelope.rcptTo.map((r) => r.address),
        raw,
      });
      callback();
    }, callback);
  },
});
let smtpUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(resolve)));

/** The decoded body of the first MIME part whose headers match (nodemailer sends text as 7bit, attachments as base64). */
function mimePart(raw: string, headerPattern: RegExp): Buffer | undefined {
  for (const part of raw.split(/\r\n--[^\r\n]+\r\n/)) {
    const [headers = "", body = ""] = part.split("\r\n\r\n");
    if (!headerPattern.test(headers)) continue;
    const content = body.split(/\r\n--/)[0] ?? "";
    return /Content-Transfer-Encoding: base64/i.test(headers) ? Buffer.from(content, "base64") : Buffer.from(content);
  }
  return undefined;
}

const invite = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:interview-42@hirefolio.local",
  "SUMMARY:Interview with Acme",
  "DTSTART:20300102T100000Z",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

it("delivers subject, recipient, text and an ICS invite over SMTP", async () => {
  const mailer = new SmtpMailer({ url: smtpUrl, from: "Hirefolio <no-reply@hirefolio.local>" });
  await mailer.send({
    to: "ada@example.com",
    subject: "Interview invitation",
    text: "Your interview with Acme is on 2 January.",
    attachments: [
      { filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: invite },
      {
        filename: "logo.png",
        contentType: "image/png",
        content: Buffer.from([137, 80, 78, 71]).toString("base64"),
        encoding: "base64",
      },
    ],
  });
  await mailer.close();

  expect(received).toHaveLength(1);
  const [mail] = received;
  expect(mail?.from).toBe("no-reply@hirefolio.local");
  expect(mail?.recipients).toEqual(["ada@example.com"]);
  const raw = mail?.raw ?? "";
  expect(raw).toMatch(/^Subject: Interview invitation\r$/m);
  expect(raw).toMatch(/^To: ada@example.com\r$/m);
  expect(raw).toMatch(/^From: Hirefolio <no-reply@hirefolio.local>\r$/m);
  expect(mimePart(raw, /Content-Type: text\/plain/i)?.toString()).toBe("Your interview with Acme is on 2 January.");
  expect(raw).toMatch(/Content-Type: text\/calendar; method=REQUEST; name=invite\.ics/i);
  expect(mimePart(raw, /Content-Type: text\/calendar/i)?.toString()).toBe(invite);
  expect(mimePart(raw, /Content-Type: image\/png/i)).toEqual(Buffer.from([137, 80, 78, 71]));
});

it("passes its health check against a live server and fails it when nothing listens", async () => {
  const live = new SmtpMailer({ url: smtpUrl, from: "a@b.c" });
  await expect(live.check()).resolves.toBeUndefined();
  await live.close();
  const dead = new SmtpMailer({ url: "smtp://127.0.0.1:1", from: "a@b.c" });
  await expect(dead.check()).rejects.toThrow();
  await dead.close();
});
