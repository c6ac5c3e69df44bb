import { compareText } from "../../model/index.ts";
import { filled } from "./lists.ts";

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
  /** Index of the reverse edge in `network[to]`. */
  readonly reverse: number;
}

/** A flow network: each node's outgoing edges, reverse (residual) edges included. */
type Network = Edge[][];

/** Adds an edge and its reverse, which starts with no capacity. */
function addEdge(net: Network, from: number, to: number, capacity: number, cost: number): void {
  const out = net[from];
  const back = net[to];
  if (out === undefined || back === undefined) return;
  out.push({ to, capacity, cost, reverse: back.length });
  back.push({ to: from, capacity: 0, cost: -cost, reverse: out.length - 1 });
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
  const agencies = [...new Set(slots.flatMap((slot) => slot.candidates.map((c) => c.agency)))].sort(
    compareText,
  );
  const agencyNode = new Map(agencies.map((agency, k) => [agency, slots.length + 1 + k]));
  const demand = slots.reduce((sum, slot) => sum + Math.min(slot.count, slot.candidates.length), 0);
  if (demand === 0) return { leads: slots.map(() => []), cap: 0 };

  // Nodes: the source, one per slot, one per agency, the sink.
  const source = 0;
  const sink = slots.length + agencies.length + 1;
  const build = (cap: number, weighted: boolean): Network => {
    const net: Network = Array.from({ length: sink + 1 }, () => []);
    const scale = demand * cap + 1;
    slots.forEach((slot, s) => {
      addEdge(net, source, s + 1, Math.min(slot.count, slot.candidates.length), 0);
      for (const candidate of slot.candidates) {
        addEdge(
          net,
          s + 1,
          agencyNode.get(candidate.agency) ?? sink,
          1,
          weighted ? candidate.cost * scale : 0,
        );
      }
    });
    for (const agency of agencies) {
      const node = agencyNode.get(agency) ?? sink;
      if (weighted) for (let k = 0; k < cap; k++) addEdge(net, node, sink, 1, k);
      else addEdge(net, node, sink, cap, 0);
    }
    return net;
  };

  // Smallest feasible cap: at least an even share, at most every slot's demand on one agency.
  let low = Math.max(1, Math.ceil(demand / Math.max(1, agencies.length)));
  let high = Math.max(low, slots.length);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (maxFlow(build(mid, false), source, sink) === demand) high = mid;
    else low = mid + 1;
  }
  const cap = low;
  const net = build(cap, true);
  minCostFlow(net, source, sink, demand);

  const leads = slots.map((slot, s) => {
    const chosen = new Set<string>();
    for (const edge of net[s + 1] ?? []) {
      if (edge.to > slots.length && edge.capacity === 0 && edge.cost >= 0) {
        const agency = agencies[edge.to - slots.length - 1];
        if (agency !== undefined) chosen.add(agency);
      }
    }
    return slot.candidates.map((c) => c.agency).filter((agency) => chosen.has(agency));
  });
  return { leads, cap };
}

/** How a node was reached on a path: the node before it and the edge taken from there. */
type Step = readonly [from: number, edge: Edge];

/** A distance not reached (yet). */
const UNREACHED = Number.POSITIVE_INFINITY;

/** Maximum flow by shortest augmenting paths (Edmonds–Karp). */
function maxFlow(net: Network, source: number, sink: number): number {
  let flow = 0;
  for (;;) {
    const previous = filled<Step | undefined>(net.length, undefined);
    const queue = [source];
    const seen = filled(net.length, false);
    seen[source] = true;
    for (let head = 0; head < queue.length && !seen[sink]; head++) {
      const node = queue[head] ?? source;
      for (const edge of net[node] ?? []) {
        if (edge.capacity > 0 && !seen[edge.to]) {
          seen[edge.to] = true;
          previous[edge.to] = [node, edge];
          queue.push(edge.to);
        }
      }
    }
    if (!seen[sink]) return flow;
    flow += augment(net, previous, source, sink);
  }
}

/** Pushes the bottleneck (at most `limit`) along the path recorded in `previous` and returns it. */
function augment(
  net: Network,
  previous: readonly (Step | undefined)[],
  source: number,
  sink: number,
  limit = UNREACHED,
): number {
  const path: Edge[] = [];
  for (let node = sink; node !== source; ) {
    const step = previous[node];
    if (step === undefined) return 0;
    path.push(step[1]);
    node = step[0];
  }
  const amount = Math.min(limit, ...path.map((edge) => edge.capacity));
  for (const edge of path) {
    edge.capacity -= amount;
    const back = net[edge.to]?.[edge.reverse];
    if (back !== undefined) back.capacity += amount;
  }
  return amount;
}

/**
 * Minimum-cost flow of `amount` by successive shortest paths (Dijkstra with potentials; all costs
 * start non-negative). Ties in Dijkstra go to the lower node index, so the result is reproducible.
 */
function minCostFlow(net: Network, source: number, sink: number, amount: number): number {
  const size = net.length;
  const potential = filled(size, 0);
  let sent = 0;
  while (sent < amount) {
    const distance = filled(size, UNREACHED);
    const previous = filled<Step | undefined>(size, undefined);
    const done = filled(size, false);
    distance[source] = 0;
    for (;;) {
      let node = -1;
      for (let k = 0; k < size; k++) {
        if (!done[k] && (distance[k] ?? UNREACHED) < UNREACHED) {
          if (node === -1 || (distance[k] ?? 0) < (distance[node] ?? 0)) node = k;
        }
      }
      if (node === -1) break;
      done[node] = true;
      const base = (distance[node] ?? 0) + (potential[node] ?? 0);
      for (const edge of net[node] ?? []) {
        if (edge.capacity <= 0) continue;
        const next = base + edge.cost - (potential[edge.to] ?? 0);
        if (next < (distance[edge.to] ?? UNREACHED)) {
          distance[edge.to] = next;
          previous[edge.to] = [node, edge];
        }
      }
    }
    if ((distance[sink] ?? UNREACHED) === UNREACHED) break;
    for (let k = 0; k < size; k++) {
      const d = distance[k] ?? UNREACHED;
      if (d < UNREACHED) potential[k] = (potential[k] ?? 0) + d;
    }
    sent += augment(net, previous, source, sink, amount - sent);
  }
  return sent;
}
