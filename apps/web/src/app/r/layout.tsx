import type { ReactNode } from "react";
import { Providers } from "../providers";

/** Shared resumes load through the app's client state, which the root layout leaves to each section. */
export default function SharedResumeLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
