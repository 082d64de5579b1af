import { NewsletterSignupForm } from './newsletter-signup-form';

/** The footer's newsletter signup, on every store page. */
export function FooterNewsletter({ storeName }: { storeName: string }) {
  return (
    <section aria-labelledby="footer-newsletter-heading" className="border-b border-border">
      <div className="mx-auto grid w-full max-w-7xl gap-6 px-4 py-10 sm:px-6 md:grid-cols-2 md:items-start">
        <div>
          <h2 id="footer-newsletter-heading" className="text-base font-semibold text-foreground">
            Get news from {storeName}
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">
            New arrivals, offers and stories, straight to your inbox.
          </p>
        </div>
        <NewsletterSignupForm id="footer-newsletter-email" source="footer" />
      </div>
    </section>
  );
}
