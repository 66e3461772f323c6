"use client";

import { Button, buttonClasses } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";
import { PlainShell } from "@/features/shell/components/plain-shell";

/**
 * The last-resort error page. Every page's first load carries it, and it renders outside the route groups'
 * providers, so it keeps to the plain shell and plain links (no session query, no animation or link-prefetch code).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PlainShell>
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
            <a href="/" className={buttonClasses({ variant: "secondary" })}>
              Go home
            </a>
          </>
        }
      />
    </PlainShell>
  );
}
