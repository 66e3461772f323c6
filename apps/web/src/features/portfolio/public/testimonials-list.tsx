import type { PortfolioTestimonial } from "@hirefolio/shared";

/** Approved testimonials only (the API leaves the rest out), as quotes with their author. */
export function TestimonialsList({ testimonials }: { testimonials: PortfolioTestimonial[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {testimonials.map((testimonial) => (
        <figure
          key={testimonial.id}
          className="flex flex-col rounded-(--pf-radius) border border-(--pf-border) bg-(--pf-surface) p-6 shadow-(--pf-shadow)"
        >
          <span aria-hidden="true" className="pf-heading text-4xl leading-none text-(--pf-accent)">
            &ldquo;
          </span>
          <blockquote className="mt-1 flex-1 leading-relaxed whitespace-pre-line">{testimonial.body}</blockquote>
          <figcaption className="mt-4 text-sm">
            <span className="font-semibold">{testimonial.authorName}</span>
            {(testimonial.authorTitle || testimonial.relationship) && (
              <span className="block text-(--pf-muted)">
                {[testimonial.authorTitle, testimonial.relationship].filter(Boolean).join(" · ")}
              </span>
            )}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
