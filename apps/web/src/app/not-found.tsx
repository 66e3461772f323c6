import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { AppShell } from "@/features/shell/components/app-shell";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <AppShell>
      <StatusPage
        code="404"
        title="We couldn't find that page"
        description="The link may be out of date, or the page may have moved."
        actions={
          <>
            <ButtonLink href="/">Go home</ButtonLink>
            <ButtonLink href="/jobs" variant="secondary">
              Browse jobs
            </ButtonLink>
          </>
        }
      />
    </AppShell>
  );
}
