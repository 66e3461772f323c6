import { type LookupAddress, lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { Agent, fetch, type Response } from "undici";

/** Why a calendar address could not be read; the message is shown to the user. */
export class CalendarFetchError extends Error {
  constructor(
    readonly code: "refused-address" | "insecure-url" | "unreachable" | "timeout" | "too-large" | "http-error",
    message: string,
  ) {
    super(message);
    this.name = "CalendarFetchError";
  }
}

export interface CalendarFetchOptions {
  /** Loopback and private networks (and plain http) are refused unless this is set: no SSRF into the LAN. */
  allowLocal: boolean;
  timeoutMs: number;
  maxBytes: number;
}

export const calendarFetchDefaults = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
const maxRedirects = 3;

const nonPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  nonPublic.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  nonPublic.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is on the public internet; IPv4-mapped IPv6 addresses are judged by their IPv4 part. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !nonPublic.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Resolves host names for the calendar agent and refuses any answer with a non-public address. Checking at
 * connect time (not before the request) means a DNS answer that changes between check and use cannot slip by.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { family: options.family ?? 0, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused || addresses.length === 0) {
      return callback(new CalendarFetchError("refused-address", `${hostname} resolves to a private address`), []);
    }
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

function checkUrl(url: URL, allowLocal: boolean) {
  if (url.protocol !== "https:" && !(allowLocal && url.protocol === "http:")) {
    throw new CalendarFetchError("insecure-url", "Calendar addresses must use https:// or webcal://.");
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowLocal && isIP(host) !== 0 && !isPublicAddress(host)) {
    throw new CalendarFetchError("refused-address", `${host} is a private address`);
  }
}

/** webcal:// is https:// by convention (calendar apps open it as a subscription). */
export function normaliseCalendarUrl(text: string) {
  return text.replace(/^webcal:\/\//i, "https://");
}

async function readLimited(response: Response, maxBytes: number) {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new CalendarFetchError("too-large", `The calendar is larger than ${maxBytes} bytes.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new CalendarFetchError("too-large", `The calendar is larger than ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Downloads a subscribed calendar: public addresses only, redirects re-checked, a time and a size limit. */
export async function fetchCalendar(address: string, options: CalendarFetchOptions): Promise<string> {
  const dispatcher = new Agent({
    connect: { timeout: options.timeoutMs, ...(options.allowLocal ? {} : { lookup: publicOnlyLookup }) },
  });
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    let url = new URL(normaliseCalendarUrl(address));
    for (let redirects = 0; ; redirects++) {
      checkUrl(url, options.allowLocal);
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { accept: "text/calendar, */*;q=0.5" },
        dispatcher,
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location && redirects < maxRedirects) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new CalendarFetchError("http-error", `The calendar server answered ${response.status}.`);
      }
      return await readLimited(response, options.maxBytes);
    }
  } catch (error) {
    throw asFetchError(error, options.timeoutMs);
  } finally {
    await dispatcher.close().catch(() => {});
  }
}

function asFetchError(error: unknown, timeoutMs: number): CalendarFetchError {
  if (error instanceof CalendarFetchError) return error;
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if (e instanceof CalendarFetchError) return e;
    const name = (e as { name?: string }).name;
    if (name === "TimeoutError" || name === "ConnectTimeoutError") {
      return new CalendarFetchError("timeout", `The calendar server did not answer within ${timeoutMs / 1000} s.`);
    }
  }
  const detail = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : "";
  return new CalendarFetchError(
    "unreachable",
    `The calendar address could not be reached${detail ? ` (${detail})` : ""}.`,
  );
}
