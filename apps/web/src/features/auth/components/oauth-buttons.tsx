"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { GoogleIcon, MicrosoftIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client";
import { authProvidersQueryKey, fetchAuthProviders, type SocialProvider, startSocialSignIn } from "../api";

const providers: { id: SocialProvider; label: string; icon: ReactNode }[] = [
  { id: "google", label: "Continue with Google", icon: <GoogleIcon /> },
  { id: "microsoft", label: "Continue with Microsoft", icon: <MicrosoftIcon /> },
];

/** Social sign-in, shown only for the providers the API has credentials for. */
export function OAuthButtons() {
  const { data: enabled } = useQuery({
    queryKey: authProvidersQueryKey,
    queryFn: fetchAuthProviders,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const start = useMutation({
    mutationFn: startSocialSignIn,
    onSuccess: ({ url }) => window.location.assign(url),
  });

  const available = providers.filter((provider) => enabled?.[provider.id]);
  if (available.length === 0) return null;

  return (
    <div className="mb-6 space-y-3">
      {available.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          className="w-full"
          loading={start.isPending && start.variables === provider.id}
          disabled={start.isPending}
          onClick={() => start.mutate(provider.id)}
        >
          {provider.icon}
          {provider.label}
        </Button>
      ))}
      <FormError message={start.error ? errorMessage(start.error) : null} />
      <div className="flex items-center gap-3 pt-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
        <span className="h-px flex-1 bg-slate-200" />
        or with email
        <span className="h-px flex-1 bg-slate-200" />
      </div>
    </div>
  );
}
