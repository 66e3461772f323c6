import { Head, Html, Main, NextScript } from "next/document";

/** The document of the Pages Router page (the public portfolio): the same <html> and <body> as app/layout.tsx. */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body className="font-sans">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
