import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, onTestFinished } from "vitest";
import type { JobContext, JobQueue } from "./job-queue";
import { retryDelayMs } from "./retry-policy";
import { waitUntil } from "./wait-until";

export interface QueueUnderTest {
  queue: JobQueue;
  /** How the backend recorded a job's end; the JobQueue interface itself does not expose it. */
  stateOf(name: string, id: string): Promise<"done" | "failed" | "unsettled">;
}

export type OpenQueueUnderTest = (options: { backoffBaseMs: number }) => Promise<QueueUnderTest>;

/** Small enough to keep retry tests fast, large enough that a missing backoff shows in the timings. */
const backoffBaseMs = 20;

/** The behaviour every JobQueue must show; each implementation's test file runs it with its own factory. */
export function describeJobQueueContract(open: OpenQueueUnderTest): void {
  let jobCount = 0;
  // A fresh name per test keeps tests apart in a shared database or Redis; the ':' checks it is escaped where needed.
  const jobName = (what: string) => `test:${what}-${++jobCount}`;

  async function openQueue(): Promise<QueueUnderTest> {
    const underTest = await open({ backoffBaseMs });
    onTestFinished(() => underTest.queue.close());
    return underTest;
  }

  describe("JobQueue contract", () => {
    it("runs a job with its payload", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("payload");
      const calls: [unknown, JobContext][] = [];
      queue.register(name, async (payload, context) => {
        calls.push([payload, context]);
      });
      await queue.startWorkers();
      const payload = { candidateId: "c-1", slots: [1, 2], nested: { ok: true } };
      const { id, deduplicated } = await queue.enqueue(name, payload);
      expect(deduplicated).toBe(false);
      await waitUntil(async () => (await stateOf(name, id)) === "done", "the job to be done");
      expect(calls).toEqual([[payload, { jobId: id, attempt: 1 }]]);
    });

    it("does not run a job before its runAt, and runs it after", async () => {
      const { queue } = await openQueue();
      const name = jobName("scheduled");
      const ranAt: number[] = [];
      queue.register(name, async () => {
        ranAt.push(Date.now());
      });
      await queue.startWorkers();
      const runAt = new Date(Date.now() + 300);
      await queue.enqueue(name, {}, { runAt });
      await waitUntil(() => ranAt.length > 0, "the scheduled job to run");
      expect(ranAt[0]).toBeGreaterThanOrEqual(runAt.getTime());
    });

    it("enqueues a job once per dedupe key, also after it ran", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("dedupe");
      const ran: number[] = [];
      queue.register<{ n: number }>(name, async ({ n }) => {
        ran.push(n);
      });
      const first = await queue.enqueue(name, { n: 1 }, { dedupeKey: "interview:42:reminder" });
      const second = await queue.enqueue(name, { n: 2 }, { dedupeKey: "interview:42:reminder" });
      const other = await queue.enqueue(name, { n: 3 }, { dedupeKey: "interview:43:reminder" });
      expect(first.deduplicated).toBe(false);
      expect(second).toEqual({ id: first.id, deduplicated: true });
      expect(other.deduplicated).toBe(false);
      expect(other.id).not.toBe(first.id);

      await queue.startWorkers();
      await waitUntil(
        async () => (await stateOf(name, first.id)) === "done" && (await stateOf(name, other.id)) === "done",
        "both jobs to be done",
      );
      expect(await queue.enqueue(name, { n: 4 }, { dedupeKey: "interview:42:reminder" })).toEqual(second);
      expect(ran.sort()).toEqual([1, 3]);
    });

    it("cancels a waiting job by its dedupe key, so it never runs", async () => {
      const { queue } = await openQueue();
      const name = jobName("cancel-waiting");
      const ran: string[] = [];
      queue.register<{ key: string }>(name, async ({ key }) => {
        ran.push(key);
      });
      await queue.startWorkers();
      // Due soon enough to run within the test, late enough that a loaded machine cancels it before it is claimed.
      const runAt = new Date(Date.now() + 1_500);
      await queue.enqueue(name, { key: "cancelled" }, { runAt, dedupeKey: "interview:7:1:60" });
      await queue.enqueue(name, { key: "kept" }, { runAt, dedupeKey: "interview:7:1:1440" });
      expect(await queue.cancel(name, "interview:7:1:60")).toBe(true);
      expect(await queue.cancel(name, "interview:7:1:60")).toBe(false);
      expect(await queue.cancel(name, "no-such-key")).toBe(false);
      await waitUntil(() => ran.length > 0, "the kept job to run");
      await sleep(150);
      expect(ran).toEqual(["kept"]);
      // The key is free again once its waiting job is withdrawn.
      expect((await queue.enqueue(name, { key: "again" }, { dedupeKey: "interview:7:1:60" })).deduplicated).toBe(false);
      await waitUntil(() => ran.length === 2, "the re-enqueued job to run");
    });

    it("does not cancel a running or finished job", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("cancel-late");
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = false;
      queue.register(name, async () => {
        started = true;
        await released;
      });
      await queue.startWorkers();
      const { id } = await queue.enqueue(name, {}, { dedupeKey: "running" });
      await waitUntil(() => started, "the handler to start");
      expect(await queue.cancel(name, "running")).toBe(false);
      release();
      await waitUntil(async () => (await stateOf(name, id)) === "done", "the running job to finish");
      expect(await queue.cancel(name, "running")).toBe(false);
      expect(await queue.enqueue(name, {}, { dedupeKey: "running" })).toEqual({ id, deduplicated: true });
    });

    it("retries a failing job with growing delays, then marks it failed", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("always-fails");
      const attempts: { attempt: number; at: number }[] = [];
      queue.register(name, async (_payload, { attempt }) => {
        attempts.push({ attempt, at: Date.now() });
        throw new Error("mail server down");
      });
      await queue.startWorkers();
      const { id } = await queue.enqueue(name, {}, { maxAttempts: 3 });
      await waitUntil(async () => (await stateOf(name, id)) === "failed", "the job to be marked failed");
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      for (const failed of [1, 2]) {
        const gap = attempts[failed]!.at - attempts[failed - 1]!.at;
        expect(gap).toBeGreaterThanOrEqual(retryDelayMs(failed, backoffBaseMs));
      }
    });

    it("completes a job that succeeds on a retry", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("flaky");
      const attempts: number[] = [];
      queue.register(name, async (_payload, { attempt }) => {
        attempts.push(attempt);
        if (attempt === 1) throw new Error("timeout");
      });
      await queue.startWorkers();
      const { id } = await queue.enqueue(name, {}, { maxAttempts: 3 });
      await waitUntil(async () => (await stateOf(name, id)) === "done", "the retried job to be done");
      expect(attempts).toEqual([1, 2]);
    });

    it("keeps running other jobs when a handler throws", async () => {
      const { queue, stateOf } = await openQueue();
      const failing = jobName("broken");
      const healthy = jobName("healthy");
      const ran: number[] = [];
      queue.register(failing, async () => {
        throw new Error("bug");
      });
      queue.register<{ n: number }>(healthy, async ({ n }) => {
        ran.push(n);
      });
      await queue.startWorkers();
      const broken = await queue.enqueue(failing, {}, { maxAttempts: 1 });
      for (const n of [1, 2, 3, 4, 5]) await queue.enqueue(healthy, { n });
      await waitUntil(() => ran.length === 5, "the healthy jobs to run");
      await waitUntil(async () => (await stateOf(failing, broken.id)) === "failed", "the broken job to be failed");
      expect(ran.sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it("close() waits for a running handler to finish", async () => {
      const { queue, stateOf } = await openQueue();
      const name = jobName("slow");
      let started = false;
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      queue.register(name, async () => {
        started = true;
        await released;
      });
      await queue.startWorkers();
      const { id } = await queue.enqueue(name, {});
      await waitUntil(() => started, "the handler to start");

      const closed = queue.close().then(() => "closed");
      expect(await Promise.race([closed, sleep(100, "still open")])).toBe("still open");
      release();
      expect(await closed).toBe("closed");
      expect(await stateOf(name, id)).toBe("done");
    });

    it("refuses a second handler for the same job name", async () => {
      const { queue } = await openQueue();
      const name = jobName("twice");
      queue.register(name, async () => {});
      expect(() => queue.register(name, async () => {})).toThrow(/already registered/);
    });

    it("passes check() while its backend is up", async () => {
      const { queue } = await openQueue();
      await expect(queue.check()).resolves.toBeUndefined();
    });
  });
}
