"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Within this many pixels of the end counts as "at the bottom": rounding and a last line half in view still follow. */
const SLACK_PX = 80;

/**
 * Keeps a scrolling list at its newest content while the reader is at the bottom, and leaves it alone once they
 * scroll up to read; `follow()` (after sending a question) snaps back. It watches the content's size rather than the
 * messages, so streamed tokens, cards that lay out late and the suggestions under an answer are all followed.
 */
export function useStickToBottom() {
  const scrollRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastTop = useRef(0);
  const [atBottom, setAtBottom] = useState(true);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const near = element.scrollHeight - element.scrollTop - element.clientHeight <= SLACK_PX;
    // Only moving up lets go: content that grew between our scroll and its event must not look like the reader left.
    const movedUp = element.scrollTop < lastTop.current;
    lastTop.current = element.scrollTop;
    if (near) following.current = true;
    else if (movedUp) following.current = false;
    setAtBottom(following.current);
  }, []);

  const follow = useCallback((behavior: ScrollBehavior = "auto") => {
    following.current = true;
    setAtBottom(true);
    const element = scrollRef.current;
    element?.scrollTo({ top: element.scrollHeight, behavior });
  }, []);

  useEffect(() => {
    const scroller = scrollRef.current;
    const content = contentRef.current;
    if (!scroller || !content) return;
    const observer = new ResizeObserver(() => {
      if (following.current) scroller.scrollTop = scroller.scrollHeight;
    });
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  return { scrollRef, contentRef, onScroll, atBottom, follow };
}
