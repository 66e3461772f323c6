import type { ReactNode } from "react";
import { AppShell } from "@/features/shell/components/app-shell";
import { Providers } from "../providers";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <AppShell>{children}</AppShell>
    </Providers>
  );
}
