import { CopyButton } from "./copy-button";

const buttonClass =
  "inline-flex h-9 items-center gap-2 rounded-full border border-(--pf-border) bg-(--pf-surface) px-4 text-sm font-medium text-(--pf-text) hover:border-(--pf-accent)";

/**
 * Copy link and a QR code dialog. The code is the API's SVG, loaded only when the dialog opens; the native
 * <dialog> gives focus handling and Escape for free. page-script.ts opens and closes it.
 */
export function ShareActions({ pageUrl, qrUrl, name }: { pageUrl: string; qrUrl: string; name: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <CopyButton text={pageUrl} label="Copy link" className={buttonClass} />
      <button type="button" className={buttonClass} data-open-dialog="pf-qr" aria-haspopup="dialog">
        QR code
      </button>
      <dialog
        id="pf-qr"
        aria-labelledby="pf-qr-title"
        className="pf-dialog m-auto w-[min(22rem,calc(100vw-2rem))] rounded-(--pf-radius) border border-(--pf-border) bg-(--pf-surface) p-6 text-(--pf-text) shadow-2xl"
      >
        <h2 id="pf-qr-title" className="pf-heading text-lg">
          Scan to open {name}&rsquo;s page
        </h2>
        <div className="mt-4 rounded-lg bg-white p-3">
          {/* Loaded on open only: a closed dialog's lazy image is not fetched. */}
          {/* biome-ignore lint/performance/noImgElement: an SVG drawn by the API; no optimisation to gain */}
          <img src={qrUrl} alt={`QR code for ${pageUrl}`} width={256} height={256} loading="lazy" className="mx-auto" />
        </div>
        <p className="mt-3 break-all text-center text-xs text-(--pf-muted)">{pageUrl}</p>
        <div className="mt-5 flex justify-end gap-2">
          <a href={qrUrl} download={`${name.replace(/\W+/g, "-").toLowerCase()}-qr.svg`} className={buttonClass}>
            Download SVG
          </a>
          <button type="button" className={buttonClass} data-close-dialog>
            Close
          </button>
        </div>
      </dialog>
    </div>
  );
}
