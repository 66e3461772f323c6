import type { Db } from "@hirefolio/db";
import { expect, it } from "vitest";
import { createMailer } from "./create-mailer";

// Choosing a mailer must not touch the database or the SMTP server, so neither is needed here.
const unusedDb = {} as Db;

it("sends over SMTP when SMTP_URL is set and to the outbox otherwise", async () => {
  const smtp = createMailer({ SMTP_URL: "smtp://127.0.0.1:1", MAIL_FROM: "a@b.c" }, unusedDb);
  expect(smtp.kind).toBe("smtp");
  await smtp.close();
  expect(createMailer({ SMTP_URL: undefined, MAIL_FROM: "a@b.c" }, unusedDb).kind).toBe("outbox");
});
