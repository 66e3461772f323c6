import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CalendarFetchError, fetchCalendar, isPublicAddress } from "./calendar-fetch";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(handler: Parameters<typeof createServer>[1]) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const local = { allowLocal: true, timeoutMs: 2_000, maxBytes: 1_000 };
const strict = { ...local, allowLocal: false };

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CalendarFetchError);
  return error as CalendarFetchError;
}

describe("isPublicAddress", () => {
  it("tells public from loopback, private, link-local and mapped addresses", () => {
    for (const address of ["8.8.8.8", "2606:4700:4700::1111", "151.101.1.69"])
      expect(isPublicAddress(address)).toBe(true);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "not-an-ip",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe("fetchCalendar", () => {
  it("refuses loopback, private literals, names resolving to them, and plain http", async () => {
    expect((await failure(fetchCalendar("https://127.0.0.1/cal.ics", strict))).code).toBe("refused-address");
    expect((await failure(fetchCalendar("https://[::1]/cal.ics", strict))).code).toBe("refused-address");
    expect((await failure(fetchCalendar("https://169.254.169.254/latest", strict))).code).toBe("refused-address");
    expect((await failure(fetchCalendar("https://localhost/cal.ics", strict))).code).toBe("refused-address");
    expect((await failure(fetchCalendar("http://example.com/cal.ics", strict))).code).toBe("insecure-url");
  });

  it("does not follow a redirect to a refused address", async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(302, { location: "http://10.0.0.1/cal.ics" }).end();
    });
    // Reaching the first server needs allowLocal; the redirect target is judged with the same rule set.
    expect((await failure(fetchCalendar(`${origin}/start.ics`, strict))).code).toBe("insecure-url");
  });

  it("gives up after the time limit and above the size limit", async () => {
    const silent = await serve(() => {});
    const slow = await failure(fetchCalendar(`${silent}/cal.ics`, { ...local, timeoutMs: 300 }));
    expect(slow.code).toBe("timeout");

    const big = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/calendar" });
      response.end("X".repeat(5_000));
    });
    expect((await failure(fetchCalendar(`${big}/cal.ics`, local))).code).toBe("too-large");

    const ok = await serve((_request, response) => response.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    expect(await fetchCalendar(`${ok}/cal.ics`, local)).toContain("BEGIN:VCALENDAR");
  });
});
