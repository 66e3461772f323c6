import type { DatabaseHandle } from "@hirefolio/db";
import { outboxMessage } from "@hirefolio/db/schema";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/support/test-database";
import { OutboxMailer } from "./outbox-mailer";

let handle: DatabaseHandle;
let mailer: OutboxMailer;

beforeAll(async () => {
  handle = await openTestDatabase();
  mailer = new OutboxMailer(handle.db);
});
afterAll(() => handle.close());

const invite = [
  "BEGIN:VCALENDAR",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "SUMMARY:Interview",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");
const pdfBytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);

it("writes each message to the outbox table, text attachments as text and binary ones as base64", async () => {
  await mailer.send({
    to: "ada@example.com",
    subject: "Interview on Tuesday",
    text: "See the invite.",
    html: "<p>See the invite.</p>",
    attachments: [
      { filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: invite },
      {
        filename: "brief.pdf",
        contentType: "application/pdf",
        content: pdfBytes.toString("base64"),
        encoding: "base64",
      },
      {
        filename: "notes.txt",
        contentType: "text/plain",
        content: Buffer.from("héllo").toString("base64"),
        encoding: "base64",
      },
    ],
  });
  await mailer.send({ to: "bob@example.com", subject: "Welcome", text: "Hi Bob" });

  const rows = await handle.db
    .select()
    .from(outboxMessage)
    .orderBy(asc(outboxMessage.createdAt), asc(outboxMessage.to));
  expect(rows).toHaveLength(2);
  const [first, second] = rows;
  expect(first).toMatchObject({
    to: "ada@example.com",
    subject: "Interview on Tuesday",
    text: "See the invite.",
    html: "<p>See the invite.</p>",
  });
  expect(first?.attachments).toEqual([
    { filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: invite },
    { filename: "brief.pdf", contentType: "application/pdf", content: pdfBytes.toString("base64") },
    { filename: "notes.txt", contentType: "text/plain", content: "héllo" },
  ]);
  expect(Buffer.from(first?.attachments[1]?.content ?? "", "base64")).toEqual(pdfBytes);
  expect(second).toMatchObject({
    to: "bob@example.com",
    subject: "Welcome",
    text: "Hi Bob",
    html: null,
    attachments: [],
  });
  expect(first?.id).not.toBe(second?.id);
});

it("passes its health check against a migrated database", async () => {
  await expect(mailer.check()).resolves.toBeUndefined();
});
