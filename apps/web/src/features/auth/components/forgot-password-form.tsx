"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert, FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { TextLink } from "@/components/ui/text-link";
import { errorMessage } from "@/lib/api-client";
import { requestPasswordReset } from "../api";
import { AuthScreen } from "./auth-screen";

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string>();
  const mutation = useMutation({ mutationFn: () => requestPasswordReset(email.trim()) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : "Enter a valid email address";
    setEmailError(problem);
    if (!problem) mutation.mutate();
  };

  const backToSignIn = (
    <>
      Remembered it? <TextLink href="/sign-in">Back to sign in</TextLink>
    </>
  );

  if (mutation.isSuccess) {
    return (
      <AuthScreen title="Check your inbox" footer={backToSignIn}>
        <Alert tone="success" title="Reset link sent">
          If an account exists for {email.trim()}, you'll get an email with a link to choose a new password. The link
          expires in an hour.
        </Alert>
      </AuthScreen>
    );
  }

  return (
    <AuthScreen
      title="Reset your password"
      description="Enter the email you signed up with and we'll send you a link to set a new password."
      footer={backToSignIn}
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <FormError message={mutation.error ? errorMessage(mutation.error) : null} />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setEmailError(undefined);
          }}
          error={emailError}
        />
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Send reset link
        </Button>
      </form>
    </AuthScreen>
  );
}
