"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * Next.js's Link, fetching its page ahead when someone reaches for it (the pointer on it, a touch,
 * or the keyboard's focus) rather than as soon as it is on screen.
 *
 * Every page here is made for the person asking, so a prefetch is a server render with its
 * database reads. Next.js's default fetched every link in view on every page: the header's eight
 * and each story's article and import links, about ten renders for each page anyone opened, nearly
 * all for pages nobody went to. `prefetch={false}` still turns it off altogether (a report's other
 * pages, where each would be a whole report read).
 */
export function Link({ prefetch, ...props }: ComponentProps<typeof NextLink>) {
  return prefetch === false ? <NextLink {...props} prefetch={false} /> : <LinkFetchedOnIntent {...props} />;
}

function LinkFetchedOnIntent({ href, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const address = typeof href === "string" && href.startsWith("/") ? href : null;
  const reachFor = () => {
    if (address) router.prefetch(address);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        reachFor();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reachFor();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reachFor();
        onTouchStart?.(event);
      }}
    />
  );
}
