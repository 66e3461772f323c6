import type { PublicPortfolio } from "@hirefolio/shared";
import { ShareActions } from "./share-actions";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

function profileLinks(links: PublicPortfolio["links"]) {
  return [
    links.github && { label: "GitHub", url: links.github },
    links.linkedin && { label: "LinkedIn", url: links.linkedin },
    links.website && { label: "Website", url: links.website },
  ].filter((link): link is { label: string; url: string } => Boolean(link));
}

/** Who this is: avatar, name, headline, place, their links and the share actions. */
export function PortfolioHeader({
  portfolio,
  pageUrl,
  qrUrl,
}: {
  portfolio: PublicPortfolio;
  pageUrl: string;
  qrUrl: string;
}) {
  const { owner } = portfolio;
  const links = profileLinks(portfolio.links);
  return (
    <header className="flex flex-col gap-6 sm:flex-row sm:items-start">
      {owner.avatarUrl ? (
        // biome-ignore lint/performance/noImgElement: a signed, expiring URL; the optimiser would cache one copy per signature
        <img
          src={owner.avatarUrl}
          alt={`Portrait of ${owner.name}`}
          width={112}
          height={112}
          className="size-24 shrink-0 rounded-full border-4 border-(--pf-surface) object-cover shadow-(--pf-shadow) sm:size-28"
        />
      ) : (
        <div
          aria-hidden="true"
          className="pf-heading flex size-24 shrink-0 items-center justify-center rounded-full bg-(--pf-accent) text-3xl text-(--pf-on-accent) sm:size-28"
        >
          {initials(owner.name)}
        </div>
      )}
      <div className="min-w-0 flex-1">
        <h1 className="pf-heading text-(length:--pf-name-size) leading-[1.05] text-(--pf-text)">{owner.name}</h1>
        {owner.headline && <p className="mt-3 max-w-2xl text-lg text-(--pf-muted) sm:text-xl">{owner.headline}</p>}
        {owner.location && (
          <p className="pf-label mt-2 text-sm text-(--pf-muted)">
            <span aria-hidden="true">◎ </span>
            {owner.location}
          </p>
        )}
        <div className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3">
          {links.length > 0 && (
            <nav aria-label={`${owner.name}'s links`}>
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {links.map((link) => (
                  <li key={link.url}>
                    <a
                      href={link.url}
                      data-track
                      target="_blank"
                      rel="noopener noreferrer me"
                      className="text-sm font-semibold text-(--pf-accent) underline underline-offset-4 hover:no-underline"
                    >
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <ShareActions pageUrl={pageUrl} qrUrl={qrUrl} name={owner.name} />
        </div>
      </div>
    </header>
  );
}
