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
  await visitor.close();
});
