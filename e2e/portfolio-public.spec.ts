import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { type SeedCall, seedPortfolio } from "../bench/support/portfolio-seed";
import { demoCandidate, demoPassword, saveScreenshot } from "./support";

const themes = ["minimal", "developer", "designer", "executive"] as const;

/** The demo candidate's API calls from the test runner, same-origin as the browser's would be. */
async function candidateApi(request: APIRequestContext, origin: string) {
  const signIn = await request.post("/api/auth/sign-in/email", {
    headers: { origin },
    data: { email: demoCandidate, password: demoPassword },
  });
  expect(signIn.ok()).toBe(true);
  const call: SeedCall = async (method, path, body) => {
    const binary = Buffer.isBuffer(body);
    const response = await request.fetch(path, {
      method,
      headers: { origin, ...(binary ? { "content-type": "application/octet-stream" } : {}) },
      ...(body === undefined ? {} : { data: body }),
    });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return response.status() === 204 ? null : response.json();
  };
  return call;
}

/** Starts Casey's page from nothing, whatever an earlier run or another spec left on it. */
async function clearPortfolio(call: SeedCall, request: APIRequestContext, origin: string) {
  for (const [list, item] of [
    ["/api/v1/me/portfolio/projects", "/api/v1/me/portfolio/projects/"],
    ["/api/v1/me/portfolio/snippets", "/api/v1/me/portfolio/snippets/"],
    ["/api/v1/me/portfolio/media", "/api/v1/me/portfolio/media/"],
  ] as const) {
    const { items } = (await call("GET", list)) as { items: { id: string }[] };
    for (const { id } of items) {
      expect((await request.delete(`${item}${id}`, { headers: { origin } })).ok()).toBe(true);
    }
  }
}

/** A signed-out visitor whose external links land on a stub instead of the internet. */
async function stranger(browser: Browser) {
  const context = await browser.newContext();
  await context.route(/^https:\/\/(?!localhost)/, (route) =>
    route.fulfill({ body: "external", contentType: "text/plain" }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Layout shifts not caused by input, summed from the first paint (CLS without session windows: stricter).
  await page.addInitScript(() => {
    const win = window as unknown as { __cls: number };
    win.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) win.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return { context, page, errors };
}

/** Scrolls to the bottom in steps so every lazy image loads, then waits for them. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState("networkidle");
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

test("a public portfolio: sections, share, analytics, visibility and themes", async ({ browser, request, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? "http://localhost:3000").origin;
  const call = await candidateApi(request, origin);
  await clearPortfolio(call, request, origin);
  const settings = await seedPortfolio(call, "minimal");
  const path = `/p/${settings.handle}`;

  const visitor = await stranger(browser);
  const { page } = visitor;
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Casey Jordan" })).toBeVisible();
  await expect(page).toHaveTitle(/Casey Jordan/);
  for (const section of ["About", "Projects", "Code", "Work samples"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 3, name: "Clinic scheduling platform" })).toBeVisible();
  await expect(page.getByRole("figure").filter({ hasText: "Booking a slot exactly once" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Design system audit" })).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /opengraph-image/);

  // Scroll through so lazy images load; they must not move anything.
  await scrollThrough(page);
  expect(await layoutShift(page)).toBeLessThan(0.1);

  // Share: the QR dialog shows the API's code, which encodes this page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("button", { name: "QR code" }).click();
  const qr = page.getByRole("dialog").getByRole("img", { name: /QR code/ });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Close" }).click();
  const qrResponse = await request.get(`/api/v1/portfolios/${settings.handle}/qr.svg`);
  expect(qrResponse.headers()["content-type"]).toContain("image/svg+xml");
  expect(await qrResponse.text()).toMatch(/^<svg/);

  // A click on a project link is reported and shows in the owner's analytics.
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("link", { name: "Case study" }).click(),
  ]);
  await popup.close();
  await expect
    .poll(async () => {
      const figures = (await call("GET", "/api/v1/me/portfolio/analytics?days=1")) as {
        linkClicks: { target: string; clicks: number }[];
        totals: { views: number };
      };
      return figures.linkClicks.some((link) => link.target === "https://casey.example.com/clinics");
    })
    .toBe(true);
  expect(visitor.errors).toEqual([]);
  await visitor.context.close();

  // Every theme over the same content, wide and narrow.
  for (const theme of themes) {
    await call("PUT", "/api/v1/me/portfolio", { theme });
    for (const width of [1440, 390]) {
      const { context, page: themed, errors } = await stranger(browser);
      await themed.setViewportSize({ width, height: 900 });
      await themed.goto(path, { waitUntil: "networkidle" });
      await expect(themed.locator(`.pf-theme-${theme}`)).toBeVisible();
      await scrollThrough(themed);
      expect(await layoutShift(themed)).toBeLessThan(0.1);
      await saveScreenshot(themed, `portfolio-${theme}-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }

  // Private: a stranger gets the app's 404; unlisted: only with the token.
  await call("PUT", "/api/v1/me/portfolio", { visibility: "private", theme: "minimal" });
  const closed = await stranger(browser);
  expect((await closed.page.goto(path))?.status()).toBe(404);
  await expect(closed.page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  const unlisted = (await call("PUT", "/api/v1/me/portfolio", { visibility: "unlisted" })) as {
    unlistedToken: string;
  };
  expect((await closed.page.goto(path))?.status()).toBe(404);
  expect((await closed.page.goto(`${path}?token=${unlisted.unlistedToken}`))?.status()).toBe(200);
  await expect(closed.page.getByRole("heading", { level: 1, name: "Casey Jordan" })).toBeVisible();
  await expect(closed.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await closed.context.close();
  await call("PUT", "/api/v1/me/portfolio", { visibility: "public" });
});
