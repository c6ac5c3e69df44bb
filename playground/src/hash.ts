// The scenario in the URL hash, so a link reproduces it: the YAML text, deflated with the browser's own
// CompressionStream (no library needed) and written as base64url.

const PREFIX = "#s=";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/u, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The hash that holds `scenario`. */
export async function hashOf(scenario: string): Promise<string> {
  const deflated = await pipe(new TextEncoder().encode(scenario), new CompressionStream("deflate-raw"));
  return PREFIX + toBase64Url(deflated);
}

/** The scenario a hash holds, or `undefined` when it holds none (or one that cannot be read). */
export async function scenarioOf(hash: string): Promise<string | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const inflated = await pipe(
      fromBase64Url(hash.slice(PREFIX.length)),
      new DecompressionStream("deflate-raw"),
    );
    return new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch {
    return undefined;
  }
}
