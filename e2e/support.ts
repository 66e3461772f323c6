import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "hirefolio-demo";
export const demoRecruiter = "recruiter@demo.hirefolio.dev";
export const demoCandidate = "candidate@demo.hirefolio.dev";

/** Saves a full-page screenshot as e2e/artifacts/<name>.png for people reviewing a run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(import.meta.dirname, "artifacts", `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Creates a candidate account through the sign-up form and waits for their dashboard. */
export async function signUpCandidate(
  page: Page,
  { name, email, password }: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("I'm looking for a job").check();
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/candidate$/);
}

/** The path of the one-time testimonial link mailed to `colleague`, read from the dev outbox once it arrives. */
export async function testimonialLinkFor(page: Page, colleague: string) {
  let writeUrl: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await (await page.request.get("/api/v1/dev/outbox?limit=50")).json()) as {
        to: string;
        text: string;
      }[];
      writeUrl = mails
        .filter((mail) => mail.to === colleague)
        .map((mail) => /https?:\/\/\S+\/testimonials\/write\/[\w-]+/.exec(mail.text)?.[0])
        .find(Boolean);
      return writeUrl;
    })
    .toBeTruthy();
  return new URL(writeUrl as string).pathname;
}
