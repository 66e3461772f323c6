import { expect, type Page, test } from "@playwright/test";
import { demoPassword, demoRecruiter, saveScreenshot, signIn } from "./support";

// The recruiter works from New York; the candidate opens the link in Berlin: both see their own zone named.
test.use({ timezoneId: "America/New_York" });

async function chooseInterviewer(page: Page, name: string) {
  const dialog = page.getByRole("dialog", { name: /^Schedule/ });
  await dialog
    .getByRole("group", { name: `Role of ${name}` })
    .getByRole("button", { name: "Interviews" })
    .click();
  await dialog.getByRole("button", { name: "Find times" }).click();
  const slots = dialog.getByRole("list", { name: "Suggested times" });
  await expect(slots.getByRole("listitem").first()).toBeVisible();
  return { dialog, slots };
}

test("a recruiter books a suggested slot from an application and finds it on the week view", async ({ page }) => {
  await signIn(page, demoRecruiter, demoPassword);
  await expect(page).toHaveURL(/\/recruiter$/);
  await page.getByRole("link", { name: "Senior Full-Stack Engineer" }).click();
  await page.getByRole("button", { name: "Casey Jordan", exact: true }).click();
  await page.getByRole("dialog", { name: "Casey Jordan" }).getByRole("button", { name: "Schedule interview" }).click();

  const { dialog, slots } = await chooseInterviewer(page, "Sam Patel");
  const best = slots.getByRole("listitem").first();
  await expect(best.getByText("Inside the working hours of everyone required")).toBeVisible();
  await expect(best.getByText("With Sam Patel")).toBeVisible();
  await expect(dialog.getByText(/You: America\/New York \(E[SD]T\)/)).toBeVisible();
  await saveScreenshot(page, "scheduling-suggestions");

  const bookButton = best.getByRole("button", { name: /^Book / });
  const when = ((await bookButton.getAttribute("aria-label")) ?? "").replace(/^Book /, "");
  await bookButton.click();
  await expect(dialog.getByText("Interview booked")).toBeVisible();
  await dialog.getByRole("link", { name: "See it on the calendar" }).click();

  await expect(page).toHaveURL(/\/scheduling\?week=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/Times are in your zone, America\/New York \(E[SD]T\)/)).toBeVisible();
  const booked = page.getByRole("button", { name: `Interview: Senior Full-Stack Engineer — Casey Jordan, ${when}` });
  await expect(booked).toBeVisible();
  await booked.click();
  const panel = page.getByRole("dialog", { name: "Interview: Senior Full-Stack Engineer — Casey Jordan" });
  await expect(panel.getByText("Sam Patel")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Cancel interview" })).toBeVisible();
  await saveScreenshot(page, "scheduling-week");
});

test("a candidate books through a self-scheduling link, in their own zone", async ({ page, browser }) => {
  await signIn(page, demoRecruiter, demoPassword);
  await expect(page).toHaveURL(/\/recruiter$/);
  await page.goto("/scheduling");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  const picker = page.getByRole("dialog", { name: "Schedule interview" });
  await picker.getByLabel("Job").selectOption({ label: "Senior Full-Stack Engineer" });
  await picker.getByLabel("Candidate", { exact: true }).selectOption({ label: "Jamie Rivera" });
  const { dialog } = await chooseInterviewer(page, "Alex Kim");
  await dialog.getByRole("button", { name: "Send self-scheduling link" }).click();
  const url = await dialog.getByRole("textbox", { name: "Self-scheduling link" }).inputValue();
  expect(url).toMatch(/\/schedule\/[\w-]{16,}$/);

  const visitor = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const candidate = await visitor.newPage();
  await candidate.goto(new URL(url).pathname);
  await expect(
    candidate.getByText(/Times shown in Europe\/Berlin \(Central European (Standard|Summer) Time\)/),
  ).toBeVisible();
  const firstDay = candidate.getByRole("main").getByRole("region").first();
  const time = firstDay.getByRole("button").first();
  const picked = (await time.textContent())?.trim() ?? "";
  await time.click();
  await expect(candidate.getByText("is held for you")).toBeVisible();
  await candidate.getByRole("button", { name: "Confirm booking" }).click();

  await expect(candidate.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(candidate.getByText(picked, { exact: false })).toBeVisible();
  const download = candidate.waitForEvent("download");
  await candidate.getByRole("button", { name: "Add to calendar (.ics)" }).click();
  expect((await download).suggestedFilename()).toBe("interview.ics");
  await saveScreenshot(candidate, "scheduling-link-booked");

  // The link is used up: opening it again shows the booking, not free times.
  await candidate.reload();
  await expect(candidate.getByRole("heading", { name: "You're booked" })).toBeVisible();

  // The invitation mail carries the candidate's own link to move or cancel the interview.
  const mails: { to: string; text: string }[] = await (
    await candidate.request.get("/api/v1/dev/outbox?limit=50")
  ).json();
  const manageUrl = mails
    .filter((mail) => mail.to === "jamie@demo.hirefolio.dev")
    .map((mail) => /https?:\/\/\S+\/schedule\/manage\/[\w-]+/.exec(mail.text)?.[0])
    .find(Boolean);
  expect(manageUrl).toBeTruthy();
  await candidate.goto(new URL(manageUrl!).pathname);
  await expect(candidate.getByRole("heading", { name: "Need another time?" })).toBeVisible();
  await candidate.getByRole("main").getByRole("region").first().getByRole("button").first().click();
  await candidate.getByRole("button", { name: "Confirm new time" }).click();
  await expect(candidate.getByText("Everyone gets an updated invitation.")).toBeVisible();
  await saveScreenshot(candidate, "scheduling-manage");
  await candidate.getByRole("button", { name: "I can't make it — cancel" }).click();
  await candidate.getByLabel("Anything to tell the hiring team?").fill("Accepted another offer.");
  await candidate.getByRole("button", { name: "Cancel interview" }).click();
  await expect(candidate.getByRole("heading", { name: "Interview cancelled" })).toBeVisible();
  await visitor.close();
});

test("an interviewer saves weekly hours, an exception and limits; a range ending before it starts is refused", async ({
  page,
}) => {
  await signIn(page, "interviewer2@demo.hirefolio.dev", demoPassword);
  await expect(page).toHaveURL(/\/recruiter$/);
  await page.goto("/scheduling");
  await page.getByRole("link", { name: "Your availability" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Availability" })).toBeVisible();

  await page.getByLabel("Time zone", { exact: true }).selectOption("America/St_Johns");
  await page.getByRole("button", { name: "Add Saturday range" }).click();
  await page.getByLabel("Saturday range 1 start").fill("10:00");
  await page.getByLabel("Saturday range 1 end").fill("13:30");
  // A holiday three weeks out, entered as the date input's YYYY-MM-DD value.
  const holiday = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Exception date").fill(holiday);
  await page.getByRole("button", { name: "Add exception" }).click();
  await page.getByLabel("Interviews per day").fill("3");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText("Availability saved")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("America/St_Johns");
  await expect(page.getByLabel("Saturday range 1 end")).toHaveValue("13:30");
  await expect(page.getByText("Unavailable all day")).toBeVisible();
  await expect(page.getByLabel("Interviews per day")).toHaveValue("3");

  await page.getByLabel("Monday range 1 end").fill("08:00");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText("weekly hours › mon › #1 › end: ends before it starts")).toBeVisible();
  await saveScreenshot(page, "scheduling-availability");
});

test("a recruiter books a two-session loop and moves between its sessions on the week view", async ({ page }) => {
  await signIn(page, demoRecruiter, demoPassword);
  await expect(page).toHaveURL(/\/recruiter$/);
  await page.goto("/scheduling");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule interview" });
  await dialog.getByLabel("Job").selectOption({ label: "Senior Full-Stack Engineer" });
  await dialog.getByLabel("Candidate", { exact: true }).selectOption({ label: "Jamie Rivera" });
  await dialog.getByRole("group", { name: "What to schedule" }).getByRole("button", { name: "Loop" }).click();
  await dialog.getByRole("button", { name: "Remove session 3" }).click();

  const sessions = dialog.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Session \d$/ }) });
  await expect(sessions).toHaveCount(2);
  for (const [index, interviewer] of [
    [0, "Sam Patel"],
    [1, "Alex Kim"],
  ] as const) {
    await sessions
      .nth(index)
      .getByRole("group", { name: `Role of ${interviewer}` })
      .getByRole("button", { name: "Interviews" })
      .click();
  }
  await dialog.getByRole("button", { name: "Find loops" }).click();
  const options = dialog.getByRole("list", { name: "Suggested times" });
  const best = options
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: /^Book loop / }) })
    .first();
  await expect(best).toBeVisible();
  const bestSessions = best.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await expect(bestSessions).toHaveCount(2);
  await expect(bestSessions.nth(0)).toContainText("Coding");
  await expect(bestSessions.nth(0)).toContainText("Sam Patel");
  await expect(bestSessions.nth(1)).toContainText("System design");
  await expect(bestSessions.nth(1)).toContainText("Alex Kim");
  await saveScreenshot(page, "scheduling-loop-options");
  // Session times read as the week view labels them, so the blocks of this loop are found among any others.
  const [codingAt, designAt] = await Promise.all(
    [0, 1].map((index) => bestSessions.nth(index).locator(".tabular-nums").textContent()),
  );

  await best.getByRole("button", { name: /^Book loop / }).click();
  await expect(dialog.getByText("Loop of 2 sessions booked")).toBeVisible();
  await dialog.getByRole("link", { name: "See it on the calendar" }).click();

  await expect(page).toHaveURL(/\/scheduling\?week=\d{4}-\d{2}-\d{2}$/);
  const first = page.getByRole("button", { name: `Coding, ${codingAt}, Loop · 1/2` });
  await expect(first).toBeVisible();
  await expect(page.getByRole("button", { name: `System design, ${designAt}, Loop · 2/2` })).toBeVisible();
  await first.click();
  const panel = page.getByRole("dialog", { name: "Coding" });
  await expect(panel.getByText("Loop · 1/2")).toBeVisible();
  await saveScreenshot(page, "scheduling-loop-session");
  await panel.getByRole("button", { name: /System design/ }).click();
  const second = page.getByRole("dialog", { name: "System design" });
  await expect(second.getByText("Loop · 2/2")).toBeVisible();
  await expect(second.getByText("Alex Kim")).toBeVisible();
});
