"use client";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { useMe } from "../hooks/use-me";
import { dashboardPathFor } from "../redirects";
import { AuthScreen } from "./auth-screen";
import { ResendVerificationButton } from "./resend-verification-button";

const errorExplanations: Record<string, string> = {
  invalid_token: "The verification link is invalid or has already been used.",
  token_expired: "The verification link has expired.",
  user_not_found: "We couldn't find the account for this link.",
};

/** Where the API's verification redirect lands: `?verified=1` on success, `?error=…` otherwise. */
export function VerifyEmailResult({ verified, error }: { verified: boolean; error?: string }) {
  const { data: me } = useMe();
  const continueHref = me ? dashboardPathFor(me.role) : "/sign-in";

  if (verified && !error) {
    return (
      <AuthScreen title="Email verified" description="Thanks — your email address is confirmed.">
        <Alert tone="success" title="You're all set">
          Your account is fully set up, and we can reach you about applications and interviews.
        </Alert>
        <ButtonLink href={continueHref} size="lg" className="mt-6 w-full">
          {me ? "Go to your dashboard" : "Sign in"}
        </ButtonLink>
      </AuthScreen>
    );
  }

  const reason = (error && errorExplanations[error.toLowerCase()]) ?? "We couldn't verify your email with this link.";

  return (
    <AuthScreen
      title="We couldn't verify your email"
      footer={
        me ? undefined : (
          <>
            Sign in to request a new link. <TextLink href="/sign-in">Sign in</TextLink>
          </>
        )
      }
    >
      <Alert tone="danger" title="Verification failed">
        {reason}
      </Alert>
      {me && !me.emailVerified && (
        <div className="mt-6">
          <ResendVerificationButton email={me.email} />
        </div>
      )}
    </AuthScreen>
  );
}
