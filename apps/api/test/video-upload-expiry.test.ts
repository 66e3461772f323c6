import { readdir } from "node:fs/promises";
import path from "node:path";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expireAbandonedUploads, scheduleUploadExpiry } from "../src/modules/video-intro/video-upload-expiry";
import { createVideoUploadStore, videoUploadTtlMs } from "../src/modules/video-intro/video-upload-store";
import type { Clock } from "../src/platform/clock";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;
const uploads = "/api/v1/me/video/uploads";
const hour = 60 * 60 * 1000;
const store = createVideoUploadStore(deps.config, videoUploadTtlMs);

function tus(user: TestUser, method: "POST" | "HEAD" | "PATCH", url: string, headers = {}, body?: Buffer) {
  return app.inject({
    method,
    url,
    headers: { "tus-resumable": "1.0.0", origin: "http://localhost:3000", cookie: user.cookie, ...headers },
    ...(body ? { payload: body } : {}),
  });
}

/** Starts a 5000-byte upload and sends its first `sent` bytes, as a browser that then goes away would. */
async function startUpload(user: TestUser, sent = 1000) {
  const created = await tus(user, "POST", uploads, {
    "upload-length": "5000",
    "upload-metadata": `filetype ${Buffer.from("video/webm").toString("base64")}`,
  });
  expect(created.statusCode, created.body).toBe(201);
  const location = created.headers.location as string;
  const id = location.split("/").at(-1) as string;
  const patched = await tus(
    user,
    "PATCH",
    location,
    { "upload-offset": "0", "content-type": "application/offset+octet-stream" },
    Buffer.alloc(sent, 7),
  );
  expect(patched.statusCode, patched.body).toBe(204);
  const [row] = await db
    .select({ createdAt: schema.videoIntro.createdAt, status: schema.videoIntro.status })
    .from(schema.videoIntro)
    .where(eq(schema.videoIntro.id, id));
  return { location, id, createdAt: row!.createdAt };
}

/** The files tus keeps for an upload: its bytes and its `.json` record. */
const tusFilesOf = async (id: string) =>
  (await readdir(path.join(deps.config.DATA_DIR, "tus"))).filter((name) => name.startsWith(id)).sort();

const clockAt = (time: number): Clock => ({ now: () => new Date(time) });
const sweepAt = (time: number) => expireAbandonedUploads({ db, queue: deps.queue, store, clock: clockAt(time) });

describe("abandoned video uploads", () => {
  it("are kept for 24 hours, then deleted from disk, and their upload URL answers 404", async () => {
    const owner = await signUp(app, "candidate");
    const upload = await startUpload(owner);
    expect(await tusFilesOf(upload.id)).toEqual([upload.id, `${upload.id}.json`]);

    // A minute before the deadline nothing is touched; the sweep books itself for the deadline.
    const early = await sweepAt(upload.createdAt.getTime() + videoUploadTtlMs - 60_000);
    expect(early.deleted).toBe(0);
    expect(early.nextSweepAt?.getTime()).toBe(upload.createdAt.getTime() + videoUploadTtlMs);
    const head = await tus(owner, "HEAD", upload.location);
    expect(head.statusCode).toBe(200);
    expect(head.headers["upload-offset"]).toBe("1000");

    const late = await sweepAt(upload.createdAt.getTime() + videoUploadTtlMs + 60_000);
    expect(late.deleted).toBeGreaterThanOrEqual(1);
    expect(await tusFilesOf(upload.id)).toEqual([]);
    expect((await tus(owner, "HEAD", upload.location)).statusCode).toBe(404);
    const resumed = await tus(
      owner,
      "PATCH",
      upload.location,
      { "upload-offset": "1000", "content-type": "application/offset+octet-stream" },
      Buffer.alloc(4000, 7),
    );
    expect(resumed.statusCode).toBe(404);
    expect(await db.select().from(schema.videoIntro).where(eq(schema.videoIntro.id, upload.id))).toEqual([]);

    // A second sweep finds nothing left to do.
    expect((await sweepAt(upload.createdAt.getTime() + videoUploadTtlMs + 2 * hour)).deleted).toBe(0);
  });

  it("are refused as soon as their deadline passes, before the sweep deletes them", async () => {
    const owner = await signUp(app, "candidate");
    const upload = await startUpload(owner);
    // Started 24 hours and a minute ago: the real clock, with the row's start moved back.
    await db
      .update(schema.videoIntro)
      .set({ createdAt: new Date(Date.now() - videoUploadTtlMs - 60_000) })
      .where(eq(schema.videoIntro.id, upload.id));
    expect((await tus(owner, "HEAD", upload.location)).statusCode).toBe(404);
    const resumed = await tus(
      owner,
      "PATCH",
      upload.location,
      { "upload-offset": "1000", "content-type": "application/offset+octet-stream" },
      Buffer.alloc(4000, 7),
    );
    expect(resumed.statusCode).toBe(404);
    expect(await tusFilesOf(upload.id)).toHaveLength(2);

    await expireAbandonedUploads({ db, queue: deps.queue, store, clock: deps.clock });
    expect(await tusFilesOf(upload.id)).toEqual([]);
  });

  it("leaves finished uploads and younger ones alone", async () => {
    const owner = await signUp(app, "candidate");
    const finished = await startUpload(owner, 5000);
    const other = await signUp(app, "candidate");
    const running = await startUpload(other);

    const at = running.createdAt.getTime() + videoUploadTtlMs - hour;
    const result = await sweepAt(at);
    expect(result.nextSweepAt?.getTime()).toBe(running.createdAt.getTime() + videoUploadTtlMs);
    const statuses = await db
      .select({ id: schema.videoIntro.id, status: schema.videoIntro.status })
      .from(schema.videoIntro)
      .where(eq(schema.videoIntro.userId, owner.id));
    expect(statuses).toEqual([{ id: finished.id, status: expect.not.stringMatching(/^uploading$/) }]);
    expect((await tus(other, "HEAD", running.location)).headers["upload-offset"]).toBe("1000");
    expect(await tusFilesOf(running.id)).toHaveLength(2);
  });

  it("books one sweep per hour however many uploads start, for the hour their deadline falls in", async () => {
    const owner = await signUp(app, "candidate");
    const upload = await startUpload(owner);
    const deadline = upload.createdAt.getTime() + videoUploadTtlMs;
    // Starting the upload booked the sweep after its deadline; the same hour is not booked twice.
    expect((await scheduleUploadExpiry(deps.queue, new Date(deadline))).deduplicated).toBe(true);
    expect((await scheduleUploadExpiry(deps.queue, new Date(deadline + 2 * hour))).deduplicated).toBe(false);
    expect((await scheduleUploadExpiry(deps.queue, new Date(deadline + 2 * hour))).deduplicated).toBe(true);
  });

  it("deletes expired bytes whose upload row is gone, as after an account deleted mid-upload", async () => {
    const owner = await signUp(app, "candidate");
    const upload = await startUpload(owner);
    await db.delete(schema.user).where(eq(schema.user.id, owner.id));
    expect(await tusFilesOf(upload.id)).toHaveLength(2);

    // tus's own sweep works on the real time, so this store is given a period that is already over.
    const shortLived = createVideoUploadStore(deps.config, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await expireAbandonedUploads({
      db,
      queue: deps.queue,
      store: shortLived,
      clock: deps.clock,
      ttlMs: 1,
    });
    expect(result.orphans).toBeGreaterThanOrEqual(1);
    expect(await tusFilesOf(upload.id)).toEqual([]);
  });
});
