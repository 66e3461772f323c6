import type { ReactNode } from "react";
import { RequireRole } from "@/features/auth/components/require-role";
import { AppShell } from "@/features/shell/components/app-shell";

export default function CandidateLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell>
      <RequireRole roles={["candidate"]}>{children}</RequireRole>
    </AppShell>
  );
}
