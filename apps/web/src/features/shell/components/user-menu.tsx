"use client";

import type { Me } from "@hirefolio/shared";
import Link from "next/link";
import { ChevronDownIcon, CreditCardIcon, LogOutIcon, UserIcon } from "@/components/icons";
import { Avatar } from "@/components/ui/avatar";
import { DisclosureMenu, menuItemClasses } from "@/components/ui/disclosure-menu";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";

export function UserMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  return (
    <DisclosureMenu
      triggerLabel={`Account menu for ${me.name}`}
      triggerClassName="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-slate-700 hover:bg-slate-100"
      trigger={
        <>
          <Avatar name={me.name} src={me.avatarUrl} />
          <ChevronDownIcon className="size-4 text-slate-500" />
        </>
      }
    >
      {(close) => (
        <>
          <div className="border-b border-slate-100 px-3 pt-2 pb-3">
            <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
            <p className="truncate text-xs text-slate-600">{me.email}</p>
          </div>
          <div className="pt-1.5">
            {me.role === "candidate" && (
              <Link href="/profile" className={menuItemClasses} onClick={close}>
                <UserIcon className="size-4 text-slate-500" />
                Your profile
              </Link>
            )}
            <Link href="/settings/billing" className={menuItemClasses} onClick={close}>
              <CreditCardIcon className="size-4 text-slate-500" />
              Plan and billing
            </Link>
            <button
              type="button"
              className={menuItemClasses}
              disabled={signOut.isPending}
              onClick={() => {
                close();
                signOut.mutate();
              }}
            >
              <LogOutIcon className="size-4 text-slate-500" />
              Sign out
            </button>
          </div>
        </>
      )}
    </DisclosureMenu>
  );
}
