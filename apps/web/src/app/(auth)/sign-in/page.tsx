import type { Metadata } from "next";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { safeNextPath } from "@/features/auth/redirects";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { next } = await searchParams;
  return <SignInForm next={safeNextPath(firstParam(next))} />;
}
