"use client";

import type { CareerConversation } from "@hirefolio/shared";
import { type FormEvent, useRef, useState } from "react";
import { HistoryIcon, PencilIcon, PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useConversationMutations, useConversations } from "../api";

const time = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });
const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric" });

function when(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? time.format(date) : day.format(date);
}

/** A title that turns into a text field: Enter or leaving the field saves, Escape cancels. */
function RenameField({ conversation, onDone }: { conversation: CareerConversation; onDone: () => void }) {
  const { rename } = useConversationMutations();
  const [title, setTitle] = useState(conversation.title);
  // Enter, then the blur that follows (or the unmount after Escape), must not save twice.
  const settled = useRef(false);

  const finish = () => {
    settled.current = true;
    onDone();
  };

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (settled.current || rename.isPending) return;
    const trimmed = title.trim();
    if (!trimmed || trimmed === conversation.title) return finish();
    rename.mutate({ id: conversation.id, title: trimmed }, { onSuccess: finish });
  };

  return (
    <form onSubmit={save} className="px-1 py-1">
      <input
        // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this conversation
        autoFocus
        aria-label="Conversation title"
        value={title}
        maxLength={120}
        readOnly={rename.isPending}
        onChange={(event) => setTitle(event.target.value)}
        onBlur={() => save()}
        onKeyDown={(event) => {
          if (event.key === "Escape") finish();
        }}
        className="h-9 w-full rounded-lg border border-brand-400 bg-white px-2.5 text-sm text-slate-900 ring-4 ring-brand-500/20 focus:outline-none"
      />
      {rename.isError && <p className="mt-1 px-1 text-xs text-rose-700">{errorMessage(rename.error)}</p>}
    </form>
  );
}

/**
 * The person's conversations, newest first: open one, start a new one, rename one in place, or delete one after
 * confirming. Used as the desktop sidebar and inside the mobile drawer.
 */
export function ConversationList({
  selectedId,
  onSelect,
  onNew,
  onDeleted,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  onDeleted: (id: string) => void;
}) {
  const conversations = useConversations();
  const { remove } = useConversationMutations();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CareerConversation | null>(null);
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="p-3">
        <Button variant="secondary" className="w-full" onClick={onNew}>
          <PlusIcon className="size-4" />
          New conversation
        </Button>
      </div>
      <nav aria-label="Conversations" className="min-h-0 flex-1 overflow-y-auto px-2 pb-3">
        {conversations.error ? (
          <ErrorState error={conversations.error} onRetry={() => conversations.refetch()} />
        ) : conversations.isPending ? (
          <div className="space-y-2 px-1" role="status">
            <span className="sr-only">Loading conversations…</span>
            <Skeleton className="h-11" />
            <Skeleton className="h-11" />
            <Skeleton className="h-11" />
          </div>
        ) : items.length === 0 ? (
          <div className="px-3 py-8 text-center">
            <HistoryIcon className="mx-auto size-6 text-slate-300" />
            <p className="mt-2 text-sm font-medium text-slate-700">No conversations yet</p>
            <p className="mt-1 text-xs text-slate-500">Your questions and the coach's answers are saved here.</p>
          </div>
        ) : (
          <ul className="space-y-0.5">
            {items.map((conversation) => {
              const selected = conversation.id === selectedId;
              return (
                <li key={conversation.id}>
                  {renaming === conversation.id ? (
                    <RenameField conversation={conversation} onDone={() => setRenaming(null)} />
                  ) : (
                    <div
                      className={cx(
                        "group relative flex items-center rounded-lg transition-colors",
                        selected ? "bg-white shadow-sm ring-1 ring-slate-200" : "hover:bg-slate-100",
                      )}
                    >
                      <button
                        type="button"
                        aria-current={selected ? "page" : undefined}
                        onClick={() => onSelect(conversation.id)}
                        className="min-w-0 flex-1 rounded-lg px-3 py-2 text-left"
                      >
                        <span
                          className={cx(
                            "block truncate text-sm",
                            selected ? "font-semibold text-slate-900" : "font-medium text-slate-700",
                          )}
                        >
                          {conversation.title}
                        </span>
                        <span className="block text-xs text-slate-500">{when(conversation.updatedAt)}</span>
                      </button>
                      <div
                        className={cx(
                          "flex shrink-0 items-center gap-0.5 pr-1.5",
                          // On a pointer screen the actions float over the title's end on hover, so titles get the width.
                          "md:absolute md:inset-y-0 md:right-0 md:rounded-r-lg md:bg-linear-to-l md:from-70% md:pl-6 md:opacity-0 md:group-focus-within:opacity-100 md:group-hover:opacity-100",
                          selected ? "md:from-white" : "md:from-slate-100",
                        )}
                      >
                        <button
                          type="button"
                          aria-label={`Rename “${conversation.title}”`}
                          title="Rename"
                          onClick={() => setRenaming(conversation.id)}
                          className="grid size-7 place-items-center rounded-md text-slate-400 hover:bg-slate-200/70 hover:text-slate-700"
                        >
                          <PencilIcon className="size-3.5" />
                        </button>
                        <button
                          type="button"
                          aria-label={`Delete “${conversation.title}”`}
                          title="Delete"
                          onClick={() => setDeleting(conversation)}
                          className="grid size-7 place-items-center rounded-md text-slate-400 hover:bg-rose-50 hover:text-rose-600"
                        >
                          <TrashIcon className="size-3.5" />
                        </button>
                      </div>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {conversations.hasNextPage && (
          <Button
            variant="ghost"
            size="sm"
            className="mt-2 w-full"
            loading={conversations.isFetchingNextPage}
            onClick={() => conversations.fetchNextPage()}
          >
            Show older
          </Button>
        )}
      </nav>
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this conversation?"
        description={
          deleting ? `“${deleting.title}” and everything the coach remembered in it will be gone.` : undefined
        }
      >
        <div className="space-y-4">
          {remove.isError && <p className="text-sm text-rose-700">{errorMessage(remove.error)}</p>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              variant="danger"
              loading={remove.isPending}
              onClick={() => {
                const target = deleting;
                if (!target) return;
                remove.mutate(target.id, {
                  onSuccess: () => {
                    setDeleting(null);
                    onDeleted(target.id);
                  },
                });
              }}
            >
              Delete
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
