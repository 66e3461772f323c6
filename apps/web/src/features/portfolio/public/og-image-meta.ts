/** The share image's size and description, for the image route and the page's Open Graph tags. */
export const ogImageSize = { width: 1200, height: 630 };
export const ogImageAlt = "Portfolio on Hirefolio";
