import type { Metadata } from "next";
import { buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { PlainShell } from "@/features/shell/components/plain-shell";

export const metadata: Metadata = { title: "Page not found" };

/**
 * A server component in the plain shell with plain links: every page's first load carries the root not-found, so it
 * brings no client code, and it needs none of the route groups' providers.
 */
export default function NotFound() {
  return (
    <PlainShell>
      <StatusPage
        code="404"
        title="We couldn't find that page"
        description="The link may be out of date, or the page may have moved."
        actions={
          <>
            <a href="/" className={buttonClasses()}>
              Go home
            </a>
            <a href="/jobs" className={buttonClasses({ variant: "secondary" })}>
              Browse jobs
            </a>
          </>
        }
      />
    </PlainShell>
  );
}
