import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

/** A real 2x2 PNG, built byte by byte, so the test depends on no image file. */
function tinyPng() {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([2, 0, 0, 0, 2, 0, 0, 0, 8, 2, 0, 0, 0]);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function pathOf(url: string) {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describe("avatar upload and signed file URLs", () => {
  it("stores a PNG avatar, serves it through a signed URL with ranges, and refuses tampered links", async () => {
    const user = await signUp(app, "candidate");
    const png = tinyPng();
    const upload = await user.request("PUT", "/api/v1/me/avatar", png, { "content-type": "image/png" });
    expect(upload.statusCode).toBe(200);
    const url = upload.json().avatarUrl as string;
    expect((await user.get("/api/v1/me")).json().avatarUrl).toMatch(/\/api\/v1\/files\/avatars\//);

    const whole = await app.inject({ method: "GET", url: pathOf(url) });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers["content-type"]).toBe("image/png");
    expect(whole.rawPayload.equals(png)).toBe(true);

    const part = await app.inject({ method: "GET", url: pathOf(url), headers: { range: "bytes=1-3" } });
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 1-3/${png.length}`);
    expect(part.body).toBe("PNG");

    const beyond = await app.inject({ method: "GET", url: pathOf(url), headers: { range: `bytes=${png.length}-` } });
    expect(beyond.statusCode).toBe(416);

    const tampered = pathOf(url).replace(/signature=([0-9a-f])/, (_m, c) => `signature=${c === "0" ? "1" : "0"}`);
    expect((await app.inject({ method: "GET", url: tampered })).statusCode).toBe(403);
    const otherKey = pathOf(url).replace(/avatars\/[^/]+\//, "avatars/someone-else/");
    expect((await app.inject({ method: "GET", url: otherKey })).statusCode).toBe(403);
  });

  it("replaces the old file and deletes it", async () => {
    const user = await signUp(app, "candidate");
    const first = (await user.request("PUT", "/api/v1/me/avatar", tinyPng(), { "content-type": "image/png" })).json();
    const firstKey = decodeURIComponent(new URL(first.avatarUrl).pathname.replace("/api/v1/files/", ""));
    await user.request("PUT", "/api/v1/me/avatar", tinyPng(), { "content-type": "image/png" });
    expect(await deps.storage.stat(firstKey)).toBeUndefined();
    expect((await user.delete("/api/v1/me/avatar")).statusCode).toBe(204);
    expect((await user.get("/api/v1/me")).json().avatarUrl).toBeNull();
  });

  it("refuses content that is not the image it claims to be, oversized uploads, and strangers", async () => {
    const user = await signUp(app, "candidate");
    const script = Buffer.from("<script>alert(1)</script>");
    const fake = await user.request("PUT", "/api/v1/me/avatar", script, { "content-type": "image/png" });
    expect(fake.statusCode).toBe(422);
    expect(fake.json().type).toMatch(/unsupported-image$/);
    const jpegClaim = await user.request("PUT", "/api/v1/me/avatar", tinyPng(), { "content-type": "image/jpeg" });
    expect(jpegClaim.statusCode).toBe(422);
    const huge = Buffer.concat([tinyPng(), Buffer.alloc(6 * 1024 * 1024)]);
    const tooBig = await user.request("PUT", "/api/v1/me/avatar", huge, { "content-type": "image/png" });
    expect(tooBig.statusCode).toBe(413);
    const gif = await user.request("PUT", "/api/v1/me/avatar", Buffer.from("GIF89a"), { "content-type": "image/gif" });
    expect(gif.statusCode).toBe(415);
    const anonymous = await app.inject({
      method: "PUT",
      url: "/api/v1/me/avatar",
      payload: tinyPng(),
      headers: { "content-type": "image/png" },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await user.get("/api/v1/me")).json().avatarUrl).toBeNull();
  });
});
