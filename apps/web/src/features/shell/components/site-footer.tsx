import Link from "next/link";
import { LogoMark } from "@/components/ui/logo";

const links = [
  { href: "/jobs", label: "Jobs" },
  { href: "/about", label: "About & data sources" },
  { href: "/docs", label: "API docs" },
];

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 lg:px-8">
        <div className="flex items-center gap-2.5">
          <LogoMark className="size-6" />
          <span>Hirefolio · open source under AGPL-3.0</span>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded hover:text-slate-900">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
