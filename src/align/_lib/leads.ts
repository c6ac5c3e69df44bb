/** A theme that needs lead agencies, and the agencies that may lead it with their preference cost. */
export interface LeadSlot {
  /** How many leads the theme gets. */
  readonly count: number;
  /** Candidates in a fixed order (by id), each with a cost: 0 for a lead facilitator, 1 for a co-facilitator. */
  readonly candidates: readonly { readonly agency: string; readonly cost: number }[];
}

interface Edge {
  readonly to: number;
  capacity: number;
  readonly cost: number;
  /** Index of the reverse edge in `graph[to]`. */
  readonly reverse: number;
}

class Network {
  readonly graph: Edge[][];
  constructor(size: number) {
    this.graph = Array.from({ length: size }, () => []);
  }
  add(from: number, to: number, capacity: number, cost: number): void {
    const out = this.graph[from];
    const back = this.graph[to];
    if (out === undefined || back === undefined) return;
    out.push({ to, capacity, cost, reverse: back.length });
    back.push({ to: from, capacity: 0, cost: -cost, reverse: out.length - 1 });
  }
}

/**
 * Chooses lead agencies for every slot so that no agency leads more themes than it must: the cap is
 * the smallest number `c` for which every slot can be filled with no agency above `c` (found with a
 * maximum flow). Within that cap, lead facilitators are preferred to co-facilitators, and then loads
 * are evened out (each further theme an agency leads costs one more than the last), with ties going
 * to slot order and agency id order.
 *
 * @returns The chosen agencies of each slot, in candidate order, and the cap.
 */
export function assignLeads(slots: readonly LeadSlot[]): { leads: string[][]; cap: number } {
  const agencies = [...new Set(slots.flatMap((slot) => slot.candidates.map((c) => c.agency)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const agencyNode = new Map(agencies.map((agency, k) => [agency, slots.length + 1 + k]));
  const demand = slots.reduce((sum, slot) => sum + Math.min(slot.count, slot.candidates.length), 0);
  if (demand === 0) return { leads: slots.map(() => []), cap: 0 };

  const build = (cap: number, weighted: boolean): Network => {
    const source = 0;
    const sink = slots.length + agencies.length + 1;
    const net = new Network(sink + 1);
    const scale = demand * cap + 1;
    slots.forEach((slot, s) => {
      net.add(source, s + 1, Math.min(slot.count, slot.candidates.length), 0);
      for (const candidate of slot.candidates) {
        net.add(s + 1, agencyNode.get(candidate.agency) ?? sink, 1, weighted ? candidate.cost * scale : 0);
      }
    });
    for (const agency of agencies) {
      const node = agencyNode.get(agency) ?? sink;
      if (weighted) for (let k = 0; k < cap; k++) net.add(node, sink, 1, k);
      else net.add(node, sink, cap, 0);
    }
    return net;
  };

  // Smallest feasible cap: at least an even share, at most every slot's demand on one agency.
  let low = Math.max(1, Math.ceil(demand / Math.max(1, agencies.length)));
  let high = Math.max(low, slots.length);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (maxFlow(build(mid, false), 0, slots.length + agencies.length + 1) === demand) high = mid;
    else low = mid + 1;
  }
  const cap = low;
  const net = build(cap, true);
  minCostFlow(net, 0, slots.length + agencies.length + 1, demand);

  const leads = slots.map((slot, s) => {
    const chosen = new Set<string>();
    for (const edge of net.graph[s + 1] ?? []) {
      if (edge.to > slots.length && edge.capacity === 0 && edge.cost >= 0) {
        const agency = agencies[edge.to - slots.length - 1];
        if (agency !== undefined) chosen.add(agency);
      }
    }
    return slot.candidates.map((c) => c.agency).filter((agency) => chosen.has(agency));
  });
  return { leads, cap };
}

/** Maximum flow by shortest augmenting paths (Edmonds–Karp). */
function maxFlow(net: Network, source: number, sink: number): number {
  let flow = 0;
  for (;;) {
    const previous = new Array<[number, number] | undefined>(net.graph.length).fill(undefined);
    const queue = [source];
    const seen = new Array<boolean>(net.graph.length).fill(false);
    seen[source] = true;
    for (let head = 0; head < queue.length && !seen[sink]; head++) {
      const node = queue[head] ?? source;
      (net.graph[node] ?? []).forEach((edge, k) => {
        if (edge.capacity > 0 && !seen[edge.to]) {
          seen[edge.to] = true;
          previous[edge.to] = [node, k];
          queue.push(edge.to);
        }
      });
    }
    if (!seen[sink]) return flow;
    flow += augment(net, previous, source, sink);
  }
}

/** Pushes the bottleneck along the path recorded in `previous` and returns it. */
function augment(
  net: Network,
  previous: readonly ([number, number] | undefined)[],
  source: number,
  sink: number,
  limit = Number.POSITIVE_INFINITY,
): number {
  let push = limit;
  for (let node = sink; node !== source; ) {
    const step = previous[node];
    if (step === undefined) return 0;
    const edge = net.graph[step[0]]?.[step[1]];
    if (edge === undefined) return 0;
    push = Math.min(push, edge.capacity);
    node = step[0];
  }
  for (let node = sink; node !== source; ) {
    const step = previous[node];
    if (step === undefined) break;
    const edge = net.graph[step[0]]?.[step[1]];
    if (edge === undefined) break;
    edge.capacity -= push;
    const back = net.graph[edge.to]?.[edge.reverse];
    if (back !== undefined) back.capacity += push;
    node = step[0];
  }
  return push;
}

/**
 * Minimum-cost flow of `amount` by successive shortest paths (Dijkstra with potentials; all costs
 * start non-negative). Ties in Dijkstra go to the lower node index, so the result is reproducible.
 */
function minCostFlow(net: Network, source: number, sink: number, amount: number): number {
  const size = net.graph.length;
  const potential = new Array<number>(size).fill(0);
  let sent = 0;
  while (sent < amount) {
    const distance = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
    const previous = new Array<[number, number] | undefined>(size).fill(undefined);
    const done = new Array<boolean>(size).fill(false);
    distance[source] = 0;
    for (;;) {
      let node = -1;
      for (let k = 0; k < size; k++) {
        if (!done[k] && (distance[k] ?? Number.POSITIVE_INFINITY) < Number.POSITIVE_INFINITY) {
          if (node === -1 || (distance[k] ?? 0) < (distance[node] ?? 0)) node = k;
        }
      }
      if (node === -1) break;
      done[node] = true;
      const base = (distance[node] ?? 0) + (potential[node] ?? 0);
      (net.graph[node] ?? []).forEach((edge, k) => {
        if (edge.capacity <= 0) return;
        const next = base + edge.cost - (potential[edge.to] ?? 0);
        if (next < (distance[edge.to] ?? Number.POSITIVE_INFINITY)) {
          distance[edge.to] = next;
          previous[edge.to] = [node, k];
        }
      });
    }
    if ((distance[sink] ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY) break;
    for (let k = 0; k < size; k++) {
      const d = distance[k] ?? Number.POSITIVE_INFINITY;
      if (d < Number.POSITIVE_INFINITY) potential[k] = (potential[k] ?? 0) + d;
    }
    sent += augment(net, previous, source, sink, amount - sent);
  }
  return sent;
}
