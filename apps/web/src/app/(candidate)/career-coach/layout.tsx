import type { ReactNode } from "react";
import { CoachTabs } from "@/features/career-chat/components/coach-tabs";

export default function CareerCoachLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="mb-4 flex items-center justify-between gap-3 sm:mb-5">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl">Career coach</h1>
          <p className="mt-0.5 hidden text-sm text-slate-600 sm:block">
            Advice from O*NET, ESCO and BLS data: every figure says where it came from.
          </p>
        </div>
        <CoachTabs />
      </header>
      {children}
    </>
  );
}
