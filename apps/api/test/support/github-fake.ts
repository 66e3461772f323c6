import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface GithubRequest {
  /** The path below the API root, with its query, e.g. `/users/octocat/repos?per_page=100`. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface GithubReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export type GithubRoute = (request: GithubRequest) => GithubReply;

/** What GitHub answers for a path it has nothing at. */
const notFound: GithubReply = {
  status: 404,
  body: JSON.stringify({ message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" }),
  headers: { "content-type": "application/json; charset=utf-8" },
};

/**
 * GitHub's REST API on a local port, for GITHUB_API_URL. It sits under /api/v3 like GitHub Enterprise does, so a
 * client that drops the root's path fails. Every request is recorded; paths nobody registered are GitHub's 404.
 */
export async function startGithubFake() {
  const root = "/api/v3";
  const requests: GithubRequest[] = [];
  const routes = new Map<string, GithubRoute>();
  const onceReplies = new Map<string, GithubReply[]>();

  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    const path = url.startsWith(`${root}/`) ? url.slice(root.length) : null;
    let reply = notFound;
    if (path !== null && request.method === "GET") {
      const seen = { path, headers: request.headers };
      requests.push(seen);
      const route = routes.get(path);
      reply = onceReplies.get(path)?.shift() ?? (route ? route(seen) : notFound);
    }
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${root}`,
    requests,
    /** Answers every GET of `path` from now on. */
    serve(path: string, route: GithubRoute) {
      routes.set(path, route);
    },
    /** Answers the next GET of `path` with `reply`, before any route. */
    once(path: string, reply: GithubReply) {
      onceReplies.set(path, [...(onceReplies.get(path) ?? []), reply]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
