"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { TextLink } from "@/components/ui/text-link";
import { useFormValues } from "@/lib/use-form-values";
import { fetchMe, signIn } from "../api";
import { describeAuthFailure } from "../auth-errors";
import { dashboardPathFor } from "../redirects";
import { switchViewer } from "../session-cache";
import { AuthScreen } from "./auth-screen";
import { OAuthButtons } from "./oauth-buttons";

export function SignInForm({ next }: { next?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { values, bind, setErrors } = useFormValues({ email: "", password: "" });

  const mutation = useMutation({
    mutationFn: async () => {
      await signIn({ email: values.email.trim(), password: values.password });
      return fetchMe();
    },
    onSuccess: (me) => {
      switchViewer(queryClient, me);
      router.replace(next ?? (me ? dashboardPathFor(me.role) : "/dashboard"));
    },
    onError: (error) => setErrors(describeAuthFailure(error).fields),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.email.trim()) missing.email = "Enter your email address";
    if (!values.password) missing.password = "Enter your password";
    setErrors(missing);
    if (Object.keys(missing).length === 0) mutation.mutate();
  };

  const formError = mutation.error ? describeAuthFailure(mutation.error).form : undefined;

  return (
    <AuthScreen
      title="Welcome back"
      description="Sign in to pick up where you left off."
      footer={
        <>
          New to Hirefolio? <TextLink href="/sign-up">Create an account</TextLink>
        </>
      }
    >
      <OAuthButtons />
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <FormError message={formError} />
        <TextField label="Email" type="email" name="email" autoComplete="email" required {...bind("email")} />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          {...bind("password")}
          labelAside={
            <TextLink href="/forgot-password" className="text-sm">
              Forgot password?
            </TextLink>
          }
        />
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Sign in
        </Button>
      </form>
    </AuthScreen>
  );
}
