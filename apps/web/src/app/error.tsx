"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { AppShell } from "@/features/shell/components/app-shell";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <AppShell>
      <StatusPage
        code="Oops"
        title="Something went wrong"
        description={
          <>
            <p>This page hit an unexpected problem. Trying again usually helps.</p>
            {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
          </>
        }
        actions={
          <>
            <Button onClick={reset}>Try again</Button>
            <ButtonLink href="/" variant="secondary">
              Go home
            </ButtonLink>
          </>
        }
      />
    </AppShell>
  );
}
