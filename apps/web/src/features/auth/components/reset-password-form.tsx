"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert, FormError } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { TextLink } from "@/components/ui/text-link";
import { useFormValues } from "@/lib/use-form-values";
import type { FieldErrors } from "@/lib/validation";
import { resetPassword } from "../api";
import { describeAuthFailure } from "../auth-errors";
import { minPasswordLength } from "../password-strength";
import { AuthScreen } from "./auth-screen";
import { PasswordStrengthMeter } from "./password-strength-meter";

const requestAgain = (
  <>
    Need a new link? <TextLink href="/forgot-password">Request another reset email</TextLink>
  </>
);

/** `token` comes from the link in the reset email; `linkError` is set when the API rejected that link. */
export function ResetPasswordForm({ token, linkError }: { token?: string; linkError?: string }) {
  const { values, bind, setErrors } = useFormValues({ password: "", confirm: "" });
  const mutation = useMutation({
    mutationFn: () => resetPassword({ newPassword: values.password, token: token ?? "" }),
    onError: (error) => setErrors(describeAuthFailure(error).fields),
  });

  if (!token || linkError) {
    return (
      <AuthScreen title="This link doesn't work" footer={requestAgain}>
        <Alert tone="danger" title="Invalid or expired reset link">
          Reset links can be used once and expire after an hour.
        </Alert>
      </AuthScreen>
    );
  }

  if (mutation.isSuccess) {
    return (
      <AuthScreen title="Password updated" description="You can now sign in with your new password.">
        <ButtonLink href="/sign-in" size="lg" className="w-full">
          Sign in
        </ButtonLink>
      </AuthScreen>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (values.password.length < minPasswordLength) found.password = `Use at least ${minPasswordLength} characters`;
    if (values.confirm !== values.password) found.confirm = "The passwords don't match";
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <AuthScreen
      title="Choose a new password"
      description="Pick something you haven't used here before."
      footer={requestAgain}
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <FormError message={mutation.error ? describeAuthFailure(mutation.error).form : null} />
        <div className="space-y-2">
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            {...bind("password")}
            hint={`At least ${minPasswordLength} characters.`}
          />
          <PasswordStrengthMeter password={values.password} />
        </div>
        <TextField
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          required
          {...bind("confirm")}
        />
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Update password
        </Button>
      </form>
    </AuthScreen>
  );
}
