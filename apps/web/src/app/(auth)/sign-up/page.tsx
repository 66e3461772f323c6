import type { Metadata } from "next";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import type { PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { role } = await searchParams;
  return <SignUpForm initialRole={role === "recruiter" ? "recruiter" : "candidate"} />;
}
