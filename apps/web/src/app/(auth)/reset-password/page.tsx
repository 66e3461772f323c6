import type { Metadata } from "next";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { token, error } = await searchParams;
  return <ResetPasswordForm token={firstParam(token)} linkError={firstParam(error)} />;
}
