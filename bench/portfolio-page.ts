/**
 * The public portfolio page as a visitor gets it, against a production build: server response time of
 * GET /p/<handle> warm (50 requests after 5 warm-ups: p50/p95, target p95 < 50 ms) and the first-load JavaScript the
 * HTML references (module scripts; the noModule polyfills modern browsers skip are listed apart) plus any code
 * written inline into the HTML, gzip-compressed, target < 120 KB. Next's inline RSC payload (`self.__next_f`) is
 * data mirroring the markup and is reported apart with the HTML. Seeds a fresh candidate with a full page
 * (3 projects, 6 images, 2 snippets, a PDF) first.
 *
 *   cd apps/web && NEXT_DIST_DIR=.next-ppublic npx next build && NEXT_DIST_DIR=.next-ppublic \
 *     API_INTERNAL_URL=http://127.0.0.1:4100 npx next start -p 3101     # and the API on 4100 (PUBLIC_URL=…:3101)
 *   WEB_URL=http://localhost:3101 API_URL=http://127.0.0.1:4100 node --import tsx bench/portfolio-page.ts
 *
 * SEED_ONLY=1 seeds and prints the page address (THEME=minimal|developer|designer|executive, default developer).
 */
import { gzipSync } from "node:zlib";
import { percentile } from "./support/percentiles";
import { type SeedCall, seedPortfolio } from "./support/portfolio-seed";

const webUrl = process.env.WEB_URL ?? "http://localhost:3101";
const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4100";
const targetP95Ms = 50;
const targetJsKb = 120;

async function signUpCandidate() {
  const email = `bench-${Date.now().toString(36)}@bench.test`;
  const response = await fetch(`${apiUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: webUrl, "content-type": "application/json" },
    body: JSON.stringify({ name: "Casey Jordan", email, password: "bench-password-1", role: "candidate" }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function apiCaller(cookie: string): SeedCall {
  return async (method, path, body) => {
    const binary = Buffer.isBuffer(body);
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        origin: webUrl,
        cookie,
        ...(body ? { "content-type": binary ? "application/octet-stream" : "application/json" } : {}),
      },
      body: binary ? new Uint8Array(body) : body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
}

/** p50/p95 of full responses (headers and body) after warm-ups; also returns the page's HTML. */
async function timePage(url: string, runs: number, warmUp: number) {
  const timings: number[] = [];
  let html = "";
  for (let i = 0; i < warmUp + runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { "user-agent": "Mozilla/5.0 portfolio-page bench" } });
    html = await response.text();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    if (i >= warmUp) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), html };
}

/** Each script the HTML loads, gzip-compressed as the server would send it. */
async function scriptSizes(html: string) {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
  return Promise.all(
    tags.map(async ([tag, src]) => {
      const body = Buffer.from(await (await fetch(new URL(src as string, webUrl))).arrayBuffer());
      return { src: src as string, noModule: /\bnoModule\b/i.test(tag), gzip: gzipSync(body).length };
    }),
  );
}

/** Code inside <script> elements without src: the page's own inline code, and Next's RSC payload apart. */
function inlineScripts(html: string) {
  const bodies = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\btype="(?!module|text\/javascript)/i.test(attributes as string))
    .map(([, , body]) => body as string)
    .filter((body) => body.trim() !== "");
  const isPayload = (body: string) => body.startsWith("self.__next_f") || body.startsWith("(self.__next_f");
  const gzip = (bodies: string[]) => (bodies.length ? gzipSync(bodies.join("\n")).length : 0);
  return { code: gzip(bodies.filter((b) => !isPayload(b))), payload: gzip(bodies.filter(isPayload)) };
}

const cookie = await signUpCandidate();
const settings = await seedPortfolio(apiCaller(cookie), process.env.THEME ?? "developer");
const pageUrl = `${webUrl}/p/${settings.handle}`;
if (process.env.SEED_ONLY) {
  console.log(pageUrl);
} else {
  const { p50, p95, html } = await timePage(pageUrl, 50, 5);
  const scripts = await scriptSizes(html);
  const firstLoad = scripts.filter((s) => !s.noModule);
  const inline = inlineScripts(html);
  const totalKb = (firstLoad.reduce((sum, s) => sum + s.gzip, 0) + inline.code) / 1024;
  for (const s of scripts)
    console.log(`  ${s.noModule ? "(noModule) " : ""}${s.src}  ${(s.gzip / 1024).toFixed(1)} KB`);
  console.log(
    `GET /p/<handle> warm (50 requests): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < ${targetP95Ms} ms)`,
  );
  console.log(
    `first-load JS: ${firstLoad.length} scripts + ${(inline.code / 1024).toFixed(1)} KB inline code, ${totalKb.toFixed(1)} KB gzip (target < ${targetJsKb} KB); ` +
      `HTML ${(gzipSync(html).length / 1024).toFixed(1)} KB gzip, of which RSC payload ${(inline.payload / 1024).toFixed(1)} KB`,
  );
}
