import { expect, type Page, test } from "@playwright/test";
import { demoCandidate, demoPassword, saveScreenshot, signIn } from "./support";

// Each test walks several answers and page loads; a busy CI machine needs more than the default minute.
test.describe.configure({ timeout: 240_000 });

/** An answer can take a while on a loaded machine; the assertions waiting for one say so. */
const answered = { timeout: 45_000 };
const question = "I am a registered nurse and want to become a nurse practitioner — what skills am I missing?";

async function openCoach(page: Page, email: string) {
  await signIn(page, email, demoPassword);
  await page.waitForURL(/\/candidate$/);
  await page.goto("/career-coach");
}

/** Waits for the feedback POST the click triggers, so the test proves it was recorded rather than only drawn. */
async function recordFeedback(page: Page, click: () => Promise<void>) {
  const response = page.waitForResponse((r) => r.url().includes("/feedback") && r.request().method() === "POST");
  await click();
  expect((await response).status()).toBe(200);
}

test("a candidate asks the coach about a move, follows up, rates, renames, reloads and deletes the conversation", async ({
  page,
}) => {
  await openCoach(page, demoCandidate);
  const composer = page.getByLabel("Ask the career coach");
  await composer.fill(question);
  await composer.press("Enter");

  // The first question opens a saved conversation whose id the URL carries.
  await expect(page).toHaveURL(/\/career-coach\?c=[0-9a-f-]{36}$/);
  await expect(page.getByText(question, { exact: true })).toBeVisible();
  const gapChart = page.getByRole("list", { name: /skill gaps: required level against yours/ });
  await expect(gapChart).toBeVisible(answered);
  await expect(page.getByText(/^Source: O\*NET/).first()).toBeVisible();
  const firstAnswer = page.getByRole("article", { name: "Coach answer" }).first();
  await recordFeedback(page, () => firstAnswer.getByRole("button", { name: "Helpful", exact: true }).click());
  await expect(firstAnswer.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page
    .getByRole("list", { name: "Follow-up questions" })
    .getByRole("button", { name: "Make me a learning plan" })
    .click();
  const planAnswer = page
    .getByRole("article", { name: "Coach answer" })
    .filter({ has: page.getByRole("heading", { name: "Learning plan" }) });
  await expect(planAnswer).toBeVisible(answered);
  await recordFeedback(page, () => planAnswer.getByRole("button", { name: "Accept recommendation" }).click());
  await expect(planAnswer.getByText("Accepted")).toBeVisible();

  await composer.fill("What's the salary for a nurse practitioner?");
  await composer.press("Enter");
  await expect(page.getByRole("img", { name: /Annual wage range/ })).toBeVisible(answered);
  await expect(page.getByText(/Source: BLS OEWS/).first()).toBeVisible();
  // The whole conversation gets 1–5 stars, saved at once and kept across the reload below.
  const rating = page.getByRole("radiogroup", { name: "How helpful is this conversation?" });
  const fourStars = rating.getByRole("radio", { name: "4 stars, Very good" });
  const rated = page.waitForResponse((r) => r.url().endsWith("/rating") && r.request().method() === "PUT");
  await fourStars.focus();
  await page.keyboard.press("Space");
  await expect(fourStars).toBeChecked();
  expect((await rated).status()).toBe(200);
  await saveScreenshot(page, "career-coach-chat");

  const history = page.getByRole("navigation", { name: "Conversations" });
  await history
    .getByRole("button", { name: /^Rename/ })
    .first()
    .click();
  const titleField = page.getByLabel("Conversation title");
  await titleField.fill("Nurse practitioner plan");
  await titleField.press("Enter");
  await expect(history.getByRole("button", { name: /Nurse practitioner plan/ }).first()).toBeVisible();

  // A reload reopens the same conversation from the stored messages, cards included.
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 2, name: "Nurse practitioner plan" })).toBeVisible();
  await expect(gapChart).toBeVisible();
  await expect(page.getByRole("heading", { name: "Learning plan" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Annual wage range/ })).toBeVisible();
  await expect(rating.getByRole("radio", { name: "4 stars, Very good" })).toBeChecked();

  await history.getByRole("button", { name: "Delete “Nurse practitioner plan”" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/career-coach$/);
  await expect(history.getByText("Nurse practitioner plan")).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
});

test("another candidate cannot open someone's conversation", async ({ page, browser }) => {
  await openCoach(page, demoCandidate);
  const created = await page.request.post("/api/v1/career-chat/conversations", {
    data: { title: "Casey's private plan" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const other = await browser.newContext();
  const jamie = await other.newPage();
  await openCoach(jamie, "jamie@demo.hirefolio.dev");
  await jamie.goto(`/career-coach?c=${id}`);
  await expect(jamie.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
  await expect(jamie.getByText("Casey's private plan")).toHaveCount(0);
  await other.close();

  await page.goto(`/career-coach?c=${id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Casey's private plan" })).toBeVisible();
});

test("the coach's rate limit shows the API's explanation and a retry", async ({ page }) => {
  // Jamie's own budget, so the other tests' questions are not counted against it.
  await openCoach(page, "jamie@demo.hirefolio.dev");
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/api/v1/career-chat/conversations", { data: {}, headers: { origin } });
  const { id } = (await created.json()) as { id: string };
  const ask = () =>
    page.request.post(`/api/v1/career-chat/conversations/${id}/messages`, {
      data: { messages: [{ role: "user", parts: [{ type: "text", text: "What's the salary for a web developer?" }] }] },
      headers: { origin },
    });
  // Spend the per-minute budget until the API refuses.
  let status = 200;
  for (let sent = 0; status !== 429 && sent < 100; sent++) status = (await ask()).status();
  expect(status).toBe(429);

  await page.goto(`/career-coach?c=${id}`);
  const composer = page.getByLabel("Ask the career coach");
  await composer.fill("What's the salary for a nurse practitioner?");
  await composer.press("Enter");
  const banner = page.getByRole("alert").filter({ hasText: "You're asking faster than the coach allows" });
  await expect(banner).toBeVisible(answered);
  await expect(banner).toContainText(/Try again in/);
  await expect(banner.getByRole("button", { name: "Retry" })).toBeVisible();
});
