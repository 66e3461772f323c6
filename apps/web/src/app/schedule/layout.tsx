import type { ReactNode } from "react";
import { Providers } from "../providers";

/** The booking pages load through the app's client state, which the root layout leaves to each section. */
export default function ScheduleLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
