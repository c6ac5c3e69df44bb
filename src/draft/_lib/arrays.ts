// Zeroed typed arrays for the solver's tables and its per-call state, carved out of shared buffers.
//
// V8 keeps the contents of a typed array of more than 64 bytes in a buffer of its own outside the JS
// heap: making one costs 0.3–0.8 µs (a view of an existing buffer about 20 ns), and the collector
// tracks each such buffer. A real-size draft makes some 80 of them (an Int32Array of 20 themes is
// already 80 bytes), so they are carved out of CHUNK-byte buffers here instead.
//
// Each array gets bytes that no other array had (a buffer is never handed out twice), so it starts
// zeroed exactly as `new Int32Array(n)` does, and arrays never alias each other. A buffer lives as
// long as any array carved from it: at most CHUNK bytes kept for a long-lived small table.

/** Bytes per shared buffer; an array of more than a quarter of this gets a buffer of its own. */
const CHUNK = 16 * 1024;

let chunk: ArrayBuffer | undefined;
let used = CHUNK;

/** Where `bytes` fresh bytes start, 8-byte aligned (so any element type fits), in `chunk`. */
function carve(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (chunk === undefined || used + size > CHUNK) {
    chunk = new ArrayBuffer(CHUNK);
    used = 0;
  }
  const offset = used;
  used += size;
  return offset;
}

/** A zeroed Int32Array of `length` elements (as `new Int32Array(length)`). */
export function int32s(length: number): Int32Array {
  if (length * 4 > CHUNK / 4) return new Int32Array(length);
  const offset = carve(length * 4);
  return new Int32Array(chunk as ArrayBuffer, offset, length);
}

/** A zeroed Uint8Array of `length` elements (as `new Uint8Array(length)`). */
export function uint8s(length: number): Uint8Array {
  if (length > CHUNK / 4) return new Uint8Array(length);
  const offset = carve(length);
  return new Uint8Array(chunk as ArrayBuffer, offset, length);
}

/** A zeroed Float64Array of `length` elements (as `new Float64Array(length)`). */
export function float64s(length: number): Float64Array {
  if (length * 8 > CHUNK / 4) return new Float64Array(length);
  const offset = carve(length * 8);
  return new Float64Array(chunk as ArrayBuffer, offset, length);
}

/** A copy of `values` (as `Int32Array.from(values)`). */
export function int32sOf(values: ArrayLike<number>): Int32Array {
  const out = int32s(values.length);
  out.set(values);
  return out;
}

/** A copy of `values` (as `Uint8Array.from(values)`). */
export function uint8sOf(values: ArrayLike<number>): Uint8Array {
  const out = uint8s(values.length);
  out.set(values);
  return out;
}

/** A copy of `values` (as `Float64Array.from(values)`). */
export function float64sOf(values: ArrayLike<number>): Float64Array {
  const out = float64s(values.length);
  out.set(values);
  return out;
}
