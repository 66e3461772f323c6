import type { AtsCheck, AtsResumeInput } from "@hirefolio/shared";
import { collectChecks } from "./collect-checks";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Name, email, phone, location and a link: what recruiters and ATS contact parsers look for first. */
export function checkContact(resume: AtsResumeInput): AtsCheck[] {
  const basics = resume.basics ?? {};
  return collectChecks("contact", "contact", (add) => {
    if (!basics.name?.trim()) add("name-missing", "error", "Add your full name.", "basics.name");
    const email = basics.email?.trim();
    if (!email) add("email-missing", "error", "Add an email address recruiters can reply to.", "basics.email");
    else if (!EMAIL.test(email))
      add("email-invalid", "warning", `"${email}" does not look like an email address.`, "basics.email");
    const phone = basics.phone?.trim();
    const digits = phone?.replace(/\D/g, "").length ?? 0;
    if (!phone) add("phone-missing", "warning", "Add one phone number.", "basics.phone");
    else if (digits < 7 || digits > 15) {
      add("phone-invalid", "warning", `"${phone}" does not look like a phone number (7 to 15 digits).`, "basics.phone");
    }
    const location = basics.location;
    if (!location?.city?.trim() && !location?.region?.trim()) {
      add(
        "location-missing",
        "warning",
        "Add your city and region; many searches filter by location.",
        "basics.location",
      );
    }
    const hasLink = Boolean(basics.url?.trim()) || (basics.profiles ?? []).some((p) => p.url?.trim());
    if (!hasLink) add("link-missing", "info", "Add a link such as LinkedIn or a portfolio.", "basics.profiles");
  });
}
