"use client";

import { createEmployerSchema } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { AnimatePresence, motion } from "motion/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert, FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { TextLink } from "@/components/ui/text-link";
import { useToast } from "@/components/ui/toast";
import { createEmployer } from "@/features/employers/api";
import { errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { type FieldErrors, validate } from "@/lib/validation";
import { fetchMe, type SignUpInput, signUp } from "../api";
import { describeAuthFailure } from "../auth-errors";
import { minPasswordLength } from "../password-strength";
import { dashboardPathFor } from "../redirects";
import { switchViewer } from "../session-cache";
import { AuthScreen } from "./auth-screen";
import { PasswordStrengthMeter } from "./password-strength-meter";
import { RoleChoice } from "./role-choice";

type SignUpRole = SignUpInput["role"];

function checkSignUp(values: { name: string; email: string; password: string; company: string; role: SignUpRole }) {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = "Enter your name";
  if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = "Enter a valid email address";
  if (values.password.length < minPasswordLength) errors.password = `Use at least ${minPasswordLength} characters`;
  if (values.role === "recruiter") {
    const company = validate(createEmployerSchema.shape.name, values.company);
    if (!company.ok) errors.company = company.errors.form ?? "Enter your company's name";
  }
  return errors;
}

export function SignUpForm({ initialRole = "candidate" }: { initialRole?: SignUpRole }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [awaitingVerification, setAwaitingVerification] = useState(false);
  const { values, set, bind, setErrors } = useFormValues({
    role: initialRole,
    name: "",
    email: "",
    password: "",
    company: "",
  });

  const mutation = useMutation({
    mutationFn: async () => {
      const { role, name, email, password, company } = values;
      const { token } = await signUp({ role, name: name.trim(), email: email.trim(), password });
      // No session means the API wants the address verified before the first sign-in.
      if (!token) return { me: null, employerError: null };
      let employerError: unknown = null;
      if (role === "recruiter") {
        // The account exists by now; if the company can't be created the recruiter dashboard offers it again.
        employerError = await createEmployer({ name: company.trim() }).then(
          () => null,
          (error: unknown) => error,
        );
      }
      return { me: await fetchMe(), employerError };
    },
    onSuccess: ({ me, employerError }) => {
      if (!me) {
        setAwaitingVerification(true);
        return;
      }
      if (employerError) toast.show(`Account created, but: ${errorMessage(employerError)}`, "danger");
      switchViewer(queryClient, me);
      router.replace(dashboardPathFor(me.role));
    },
    onError: (error) => setErrors(describeAuthFailure(error).fields),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkSignUp(values);
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  if (awaitingVerification) {
    return (
      <AuthScreen title="Check your inbox" description={`We sent a verification link to ${values.email.trim()}.`}>
        <Alert tone="info" title="One more step">
          Open the link in that email to activate your account, then sign in.
        </Alert>
        <p className="mt-6 text-sm text-slate-600">
          <TextLink href="/sign-in">Go to sign in</TextLink>
        </p>
      </AuthScreen>
    );
  }

  const formError = mutation.error ? describeAuthFailure(mutation.error).form : undefined;

  return (
    <AuthScreen
      title="Create your account"
      description="Free for candidates and hiring teams."
      footer={
        <>
          Already have an account? <TextLink href="/sign-in">Sign in</TextLink>
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <FormError message={formError} />
        <RoleChoice value={values.role} onChange={(role) => set("role", role)} />
        <TextField label="Full name" name="name" autoComplete="name" required {...bind("name")} />
        <TextField label="Email" type="email" name="email" autoComplete="email" required {...bind("email")} />
        <div className="space-y-2">
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            {...bind("password")}
            hint={`At least ${minPasswordLength} characters. A longer passphrase is stronger.`}
          />
          <PasswordStrengthMeter password={values.password} />
        </div>
        <AnimatePresence initial={false}>
          {values.role === "recruiter" && (
            <motion.div
              initial={{ opacity: 0, height: 0 }}
              animate={{ opacity: 1, height: "auto" }}
              exit={{ opacity: 0, height: 0 }}
              transition={{ duration: 0.2 }}
              className="overflow-hidden p-1 -m-1"
            >
              <TextField
                label="Company name"
                name="organization"
                autoComplete="organization"
                required
                {...bind("company")}
                hint="You can invite your team once you're in."
              />
            </motion.div>
          )}
        </AnimatePresence>
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Create account
        </Button>
      </form>
    </AuthScreen>
  );
}
