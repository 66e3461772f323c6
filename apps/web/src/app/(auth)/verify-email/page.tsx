import type { Metadata } from "next";
import { VerifyEmailResult } from "@/features/auth/components/verify-email-result";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Email verification" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { verified, error } = await searchParams;
  return <VerifyEmailResult verified={verified === "1"} error={firstParam(error)} />;
}
