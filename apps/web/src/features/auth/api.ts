import type { Me, Role } from "@hirefolio/shared";
import { api, isApiError } from "@/lib/api-client";

export const meQueryKey = ["me"] as const;
export const authProvidersQueryKey = ["auth", "providers"] as const;

export type SocialProvider = "google" | "microsoft";
export type AuthProviders = Record<SocialProvider, boolean>;

/** The signed-in person, or null when signed out (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>("/api/v1/me");
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const fetchAuthProviders = () => api.get<AuthProviders>("/api/v1/auth/providers");

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  role: Exclude<Role, "admin">;
}

/** The verification link in the welcome email lands on the page that says the address is confirmed. */
export const signUp = (input: SignUpInput) =>
  api.post<{ token: string | null }>("/api/auth/sign-up/email", { ...input, callbackURL: "/verify-email?verified=1" });

export const signIn = (input: { email: string; password: string }) =>
  api.post<{ token: string; redirect: boolean }>("/api/auth/sign-in/email", input);

export const signOut = () => api.post<{ success: boolean }>("/api/auth/sign-out");

export const startSocialSignIn = (provider: SocialProvider) =>
  api.post<{ url: string; redirect: boolean }>("/api/auth/sign-in/social", { provider, callbackURL: "/dashboard" });

export const requestPasswordReset = (email: string) =>
  api.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });

export const resetPassword = (input: { newPassword: string; token: string }) =>
  api.post("/api/auth/reset-password", input);

export const sendVerificationEmail = (email: string) =>
  api.post("/api/auth/send-verification-email", { email, callbackURL: "/verify-email?verified=1" });
