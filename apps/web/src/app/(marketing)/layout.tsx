import type { ReactNode } from "react";
import { AppShell } from "@/features/shell/components/app-shell";
import { Providers } from "../providers";

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <AppShell wide>{children}</AppShell>
    </Providers>
  );
}
