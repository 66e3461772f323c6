import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { AppProps } from "next/app";
import Head from "next/head";
import { SkipLink } from "@/components/ui/skip-link";
import "@/app/globals.css";
import "@/features/portfolio/public/portfolio-themes.css";

/**
 * The fonts' variables on :root, where app/layout.tsx puts them with its <html> class (the theme's --font-sans is
 * declared there). A font loader may not be used in _document, so they come as a style element.
 */
const fontVariables = `:root{--font-geist-sans:${GeistSans.style.fontFamily};--font-geist-mono:${GeistMono.style.fontFamily}}`;

/**
 * The Pages Router serves one page, the public portfolio (see p/[handle].tsx for why); this is its share of
 * app/layout.tsx: fonts, the global stylesheet and the skip link.
 */
export default function PagesApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: font family names from the font loader, not user input */}
        <style dangerouslySetInnerHTML={{ __html: fontVariables }} />
      </Head>
      <SkipLink />
      <Component {...pageProps} />
    </>
  );
}
