import type { DatabaseHandle } from "@hirefolio/db";
import { describe, expect, it } from "vitest";
import { createJobQueue } from "./create-job-queue";

// Neither queue touches its backend before first use, so a stand-in handle and an unused URL are enough here.
const database = {} as DatabaseHandle;

describe("createJobQueue", () => {
  it("uses the database table when no Redis URL is configured", async () => {
    const queue = createJobQueue({ database });
    expect(queue.kind).toBe("local");
    await queue.close();
  });

  it("uses BullMQ when a Redis URL is configured", async () => {
    const queue = createJobQueue({ redisUrl: "redis://127.0.0.1:6379", database });
    expect(queue.kind).toBe("bullmq");
    await queue.close();
  });
});
