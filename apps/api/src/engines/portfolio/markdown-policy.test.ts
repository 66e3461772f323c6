import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown-policy";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("# Title\n\n**Bold** and `code`\n\n- one\n- two");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<li>two</li>");
  });

  it("renders nothing for blank input", () => {
    expect(renderMarkdown("  \n ")).toBe("");
  });

  it("escapes raw HTML and script instead of passing it through", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<div onclick="x()">hi</div>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<div|<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("drops javascript:, data: and vbscript: links but keeps their text", () => {
    const html = renderMarkdown(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:x) <javascript:alert(1)>",
    );
    expect(html).not.toMatch(/href=/);
    expect(html).toContain("a");
  });

  it("keeps http(s) and mailto links with nofollow noopener", () => {
    const html = renderMarkdown("[site](https://example.com) [mail](mailto:a@example.com) http://plain.example.com");
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener" target="_blank">site</a>');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html).toContain('href="http://plain.example.com"');
  });

  it("does not render images, so no request or onerror can come from Markdown", () => {
    const html = renderMarkdown('![x](https://example.com/a.png "t") ![y](javascript:alert(1))');
    expect(html).not.toContain("<img");
  });
});
