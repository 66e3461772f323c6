import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "@/lib/class-names";

export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={cx(
        "rounded-sm font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline",
        className,
      )}
      {...props}
    />
  );
}
