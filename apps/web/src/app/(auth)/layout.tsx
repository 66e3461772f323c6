import Link from "next/link";
import type { ReactNode } from "react";
import { CheckIcon } from "@/components/icons";
import { Logo } from "@/components/ui/logo";
import { Providers } from "../providers";

const highlights = [
  "One profile for every application",
  "A clear pipeline from applied to hired",
  "Coaching, portfolios and scheduling built in",
];

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <div className="grid min-h-dvh grid-cols-1 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col bg-white px-6 py-8 sm:px-10">
          <Link href="/" className="self-start rounded-lg" aria-label="Hirefolio home">
            <Logo />
          </Link>
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto flex w-full max-w-sm flex-1 items-center py-12 focus:outline-none"
          >
            {children}
          </main>
        </div>
        <aside className="relative hidden overflow-hidden bg-brand-950 lg:block" aria-label="About Hirefolio">
          <div
            aria-hidden="true"
            className="absolute inset-0 bg-[radial-gradient(60%_50%_at_70%_20%,oklch(54.1%_0.281_293.009/0.55),transparent),radial-gradient(50%_60%_at_20%_90%,oklch(58.5%_0.233_277.117/0.5),transparent)]"
          />
          <div className="relative flex h-full flex-col justify-end p-12 text-white">
            <p className="max-w-md text-3xl font-semibold tracking-tight text-balance">
              Your next role — or your next hire — starts here.
            </p>
            <ul className="mt-8 space-y-3 text-brand-100">
              {highlights.map((item) => (
                <li key={item} className="flex items-center gap-3">
                  <span className="grid size-6 place-items-center rounded-full bg-white/10 ring-1 ring-white/20">
                    <CheckIcon className="size-3.5" strokeWidth={3} />
                  </span>
                  {item}
                </li>
              ))}
            </ul>
          </div>
        </aside>
      </div>
    </Providers>
  );
}
