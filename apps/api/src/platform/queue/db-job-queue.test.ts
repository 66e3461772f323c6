import type { DatabaseHandle } from "@hirefolio/db";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { testBackend } from "../../../test/support/backend";
import { openTestDatabase } from "../../../test/support/test-database";
import { DbJobQueue, type DbJobQueueOptions } from "./db-job-queue";
import { describeJobQueueContract } from "./job-queue-contract";
import { silentQueueLogger } from "./queue-logger";
import { waitUntil } from "./wait-until";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

function openQueue(options: Partial<DbJobQueueOptions> = {}): DbJobQueue {
  const queue = new DbJobQueue({ database, pollIntervalMs: 20, logger: silentQueueLogger, ...options });
  onTestFinished(() => queue.close());
  return queue;
}

async function rowOf(id: string) {
  const [row] = await database.query<{ status: string; attempts: number; last_error: string | null }>(
    "SELECT status, attempts, last_error FROM queued_job WHERE id = $1",
    [id],
  );
  return row;
}

/** Puts a job in the state a worker leaves behind after claiming it, with its lock ending at `lockedUntil`. */
async function markClaimed(id: string, attempts: number, lockedUntil: Date) {
  await database.query("UPDATE queued_job SET status = 'running', attempts = $2, locked_until = $3 WHERE id = $1", [
    id,
    attempts,
    lockedUntil.toISOString(),
  ]);
}

describe(`DbJobQueue on ${testBackend() === "services" ? "PostgreSQL" : "PGlite"}`, () => {
  describeJobQueueContract(async ({ backoffBaseMs }) => ({
    queue: openQueue({ backoffBaseMs }),
    stateOf: async (_name, id) => {
      const status = (await rowOf(id))?.status;
      return status === "done" || status === "failed" ? status : "unsettled";
    },
  }));

  it("runs a job enqueued in this process without waiting for the next poll", async () => {
    const queue = openQueue({ pollIntervalMs: 60_000 });
    let ran = false;
    queue.register("wake", async () => {
      ran = true;
    });
    await queue.startWorkers();
    await queue.enqueue("wake", {});
    await waitUntil(() => ran, "the job to run", 2000);
  });

  it("leaves jobs whose handler is registered in another process", async () => {
    const queue = openQueue();
    let ran = false;
    queue.register("here", async () => {
      ran = true;
    });
    const elsewhere = await queue.enqueue("elsewhere", {});
    await queue.startWorkers();
    await queue.enqueue("here", {});
    await waitUntil(() => ran, "the registered job to run");
    expect(await rowOf(elsewhere.id)).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("runs again a job whose worker lost its lock, but not one whose lock still holds", async () => {
    const queue = openQueue();
    const runs: { jobId: string; attempt: number }[] = [];
    queue.register("crash-prone", async (_payload, context) => {
      runs.push(context);
    });
    const lost = await queue.enqueue("crash-prone", {});
    const held = await queue.enqueue("crash-prone", {});
    await markClaimed(lost.id, 1, new Date(Date.now() - 1000));
    await markClaimed(held.id, 1, new Date(Date.now() + 60_000));
    await queue.startWorkers();
    await waitUntil(async () => (await rowOf(lost.id))?.status === "done", "the orphaned job to be done");
    expect(runs).toEqual([{ jobId: lost.id, attempt: 2 }]);
    expect(await rowOf(held.id)).toMatchObject({ status: "running", attempts: 1 });
  });

  it("fails without running it a job whose lock expired on its last attempt", async () => {
    const queue = openQueue();
    let ran = false;
    queue.register("poison", async () => {
      ran = true;
    });
    const { id } = await queue.enqueue("poison", {}, { maxAttempts: 2 });
    await markClaimed(id, 2, new Date(Date.now() - 1000));
    await queue.startWorkers();
    await waitUntil(async () => (await rowOf(id))?.status === "failed", "the job to be failed");
    expect(ran).toBe(false);
    expect((await rowOf(id))?.last_error).toMatch(/lock expired/);
  });

  // PGlite is one in-process connection, so competing workers only exist on PostgreSQL.
  it.runIf(testBackend() === "services")("never runs a job twice when two queues share the database", async () => {
    const runs = new Map<string, number>();
    const queues = [openQueue({ pollIntervalMs: 5 }), openQueue({ pollIntervalMs: 5 })];
    for (const queue of queues) {
      queue.register("contended", async (_payload, { jobId }) => {
        runs.set(jobId, (runs.get(jobId) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      });
    }
    const ids: string[] = [];
    for (let n = 0; n < 50; n++) ids.push((await queues[0]!.enqueue("contended", { n })).id);
    await Promise.all(queues.map((queue) => queue.startWorkers()));
    await waitUntil(async () => {
      const rows = await database.query<{ done: number }>(
        "SELECT count(*)::int AS done FROM queued_job WHERE name = 'contended' AND status = 'done'",
      );
      return rows[0]?.done === 50;
    }, "all 50 jobs to be done");
    expect([...runs.values()].reduce((sum, count) => sum + count, 0)).toBe(50);
    expect([...runs.keys()].sort()).toEqual(ids.sort());
  });
});
