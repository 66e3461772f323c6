import type { ReactNode } from "react";
import { Providers } from "../providers";

/** The testimonial form loads through the app's client state, which the root layout leaves to each section. */
export default function TestimonialsLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
