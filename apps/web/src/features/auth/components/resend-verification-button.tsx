"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { sendVerificationEmail } from "../api";

export function ResendVerificationButton({ email, size = "md" }: { email: string; size?: "sm" | "md" }) {
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: () => sendVerificationEmail(email),
    onSuccess: () => toast.show(`Verification email sent to ${email}`),
    onError: (error) => toast.show(errorMessage(error), "danger"),
  });
  return (
    <Button variant="secondary" size={size} loading={mutation.isPending} onClick={() => mutation.mutate()}>
      {mutation.isSuccess ? "Send again" : "Resend verification email"}
    </Button>
  );
}
