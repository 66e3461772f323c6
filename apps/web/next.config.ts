import type { NextConfig } from "next";

const apiOrigin = process.env.API_INTERNAL_URL ?? "http://127.0.0.1:4000";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds of one checkout (e.g. a dev server beside the e2e build) keep their outputs apart.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  transpilePackages: ["@hirefolio/shared"],
  // The browser talks to one origin so the API's session cookie is first-party.
  async rewrites() {
    return [
      { source: "/api/:path*", destination: `${apiOrigin}/api/:path*` },
      { source: "/docs", destination: `${apiOrigin}/docs` },
      { source: "/docs/:path*", destination: `${apiOrigin}/docs/:path*` },
    ];
  },
};

export default nextConfig;
