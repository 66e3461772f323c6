import type { ReactNode } from "react";
import { RequireRole } from "@/features/auth/components/require-role";
import { AppShell } from "@/features/shell/components/app-shell";
import { Providers } from "../providers";

export default function CandidateLayout({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <AppShell>
        <RequireRole roles={["candidate"]}>{children}</RequireRole>
      </AppShell>
    </Providers>
  );
}
