import { connect } from "node:net";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, describe } from "vitest";
import { testBackend, testRedisUrl } from "../../../test/support/backend";
import { BullmqJobQueue, bullmqQueueName } from "./bullmq-job-queue";
import { describeJobQueueContract } from "./job-queue-contract";
import { silentQueueLogger } from "./queue-logger";

/** Resolves whether anything accepts connections at the Redis URL, without the retries of a Redis client. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
  return new Promise<boolean>((resolve) => {
    socket.once("connect", () => resolve(true));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(false));
  }).finally(() => socket.destroy());
}

const redisUp = await redisAnswers(testRedisUrl);

// Embedded runs need no services: they skip BullMQ only when nothing answers at the Redis address. With
// TEST_BACKEND=services Redis is required, so there a missing one fails every test at once (not by timeouts).
describe.skipIf(testBackend() !== "services" && !redisUp)("BullmqJobQueue", () => {
  // Keys of every run live under their own prefix, so runs never see each other's jobs.
  const prefix = `hf-test-${process.pid}-${Date.now().toString(36)}`;
  const redis = new Redis(testRedisUrl, { lazyConnect: true });
  const inspected = new Map<string, Queue>();

  function inspectorFor(name: string): Queue {
    let queue = inspected.get(name);
    if (!queue) {
      queue = new Queue(bullmqQueueName(name), { connection: redis, prefix });
      inspected.set(name, queue);
    }
    return queue;
  }

  afterAll(async () => {
    if (!redisUp) return;
    await Promise.all([...inspected.values()].map((queue) => queue.close()));
    // Some queues were only written by the queue under test; find them all by prefix (queue names hold no ':').
    const names = new Set<string>();
    for await (const keys of redis.scanStream({ match: `${prefix}:*` })) {
      for (const key of keys as string[]) names.add(key.split(":")[1]!);
    }
    for (const name of names) {
      const queue = new Queue(name, { connection: redis, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    redis.disconnect();
  });

  describeJobQueueContract(async ({ backoffBaseMs }) => {
    if (!redisUp) throw new Error(`TEST_BACKEND=services needs Redis at ${testRedisUrl}`);
    return {
      queue: new BullmqJobQueue({ redisUrl: testRedisUrl, prefix, backoffBaseMs, logger: silentQueueLogger }),
      stateOf: async (name, id) => {
        const state = await inspectorFor(name).getJobState(id);
        return state === "completed" ? "done" : state === "failed" ? "failed" : "unsettled";
      },
    };
  });
});
