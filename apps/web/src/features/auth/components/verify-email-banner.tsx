"use client";

import { Alert } from "@/components/ui/alert";
import { useCurrentUser } from "./require-role";
import { ResendVerificationButton } from "./resend-verification-button";

export function VerifyEmailBanner() {
  const me = useCurrentUser();
  if (me.emailVerified) return null;
  return (
    <Alert
      tone="warning"
      title="Please verify your email"
      action={<ResendVerificationButton email={me.email} size="sm" />}
    >
      We sent a link to <strong className="font-semibold">{me.email}</strong>. Verifying keeps your account secure and
      lets employers reach you.
    </Alert>
  );
}
