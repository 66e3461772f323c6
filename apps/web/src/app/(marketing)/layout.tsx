import type { ReactNode } from "react";
import { AppShell } from "@/features/shell/components/app-shell";

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return <AppShell wide>{children}</AppShell>;
}
