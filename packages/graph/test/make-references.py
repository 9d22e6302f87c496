#!/usr/bin/env python3
"""Writes the fixture graphs in test/datasets/ and their reference metrics from networkx.

Run from packages/graph:  python3 test/make-references.py
Needs networkx 3.x (3.6.1 was used). The output is committed; tests compare against it.

Each dataset is written as {nodes: [{id, sector, kind}], edges: [{id, source, target, kind,
weight?, agreementId?, agreementStatus?}]} (what graphFromPlain reads), and its references
as <name>.references.json. The networkx graph is built the way @brobygger/graph packs a
graph: parallel edges merged into one tie with summed weight, self-loops dropped.
NaN values are written as null (JSON has no NaN).
"""
import itertools
import json
import math
import os
import random

import networkx as nx

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "datasets")
SECTORS = ["BUSINESS", "PUBLIC", "CIVIL"]


def karate():
    g = nx.karate_club_graph()
    nodes = []
    for v, data in g.nodes(data=True):
        # Assigned sectors: the two clubs become CIVIL and BUSINESS, every fifth member PUBLIC.
        sector = "PUBLIC" if v % 5 == 0 else ("CIVIL" if data["club"] == "Mr. Hi" else "BUSINESS")
        nodes.append({"id": str(v), "sector": sector, "kind": "PERSON"})
    edges = [
        {"id": f"e{i}", "source": str(u), "target": str(v), "kind": "CONNECTION", "weight": d["weight"]}
        for i, (u, v, d) in enumerate(g.edges(data=True))
    ]
    return {"nodes": nodes, "edges": edges}


def three_sector():
    """Thirteen nodes: two organisations and a person per sector, a participant, a network
    hub, an isolated organisation, agreements (one three-sector) and a parallel edge."""
    nodes = [
        ("B1", "BUSINESS", "ORGANIZATION"), ("B2", "BUSINESS", "ORGANIZATION"), ("pB", "BUSINESS", "PERSON"),
        ("P1", "PUBLIC", "ORGANIZATION"), ("P2", "PUBLIC", "ORGANIZATION"), ("pP", "PUBLIC", "PERSON"),
        ("C1", "CIVIL", "ORGANIZATION"), ("C2", "CIVIL", "ORGANIZATION"), ("pC", "CIVIL", "PERSON"),
        ("X", "CIVIL", "PARTICIPANT"), ("N", "CIVIL", "NETWORK"), ("Z", "PUBLIC", "ORGANIZATION"),
        ("pB2", "BUSINESS", "PERSON"),
    ]
    edges = [
        ("pB", "B1", "AFFILIATION", 1, None, None), ("pP", "P1", "AFFILIATION", 2, None, None),
        ("pC", "C1", "AFFILIATION", 1, None, None), ("pB2", "B2", "AFFILIATION", 3, None, None),
        ("pB", "pP", "CONNECTION", 1, None, None), ("pP", "pC", "CONNECTION", 2, None, None),
        ("pB", "pB2", "CONNECTION", 1, None, None), ("X", "pC", "CONNECTION", 1, None, None),
        ("B1", "N", "MEMBERSHIP", 1, None, None), ("P1", "N", "MEMBERSHIP", 1, None, None),
        ("C1", "N", "MEMBERSHIP", 1, None, None), ("C2", "N", "MEMBERSHIP", 1, None, None),
        ("B1", "P1", "AGREEMENT", 2, "A1", "ACTIVE"), ("P1", "C1", "AGREEMENT", 2, "A1", "ACTIVE"),
        ("B1", "C1", "AGREEMENT", 2, "A1", "ACTIVE"), ("B2", "P2", "AGREEMENT", 1, "A2", "ACTIVE"),
        ("B1", "C2", "AGREEMENT", 1, "A3", "DRAFT"), ("B1", "P1", "AGREEMENT", 1, "A4", "ENDED"),
        ("X", "C2", "AFFILIATION", 1, None, None),
    ]
    return {
        "nodes": [{"id": i, "sector": s, "kind": k} for i, s, k in nodes],
        "edges": [
            {k: v for k, v in {"id": f"e{n}", "source": a, "target": b, "kind": kind, "weight": w,
                               "agreementId": ag, "agreementStatus": st}.items() if v is not None}
            for n, (a, b, kind, w, ag, st) in enumerate(edges)
        ],
    }


def random_graph():
    g = nx.gnm_random_graph(1000, 3000, seed=7)
    rng = random.Random(7)
    nodes = [{"id": f"n{v}", "sector": rng.choice(SECTORS), "kind": "PERSON"} for v in g.nodes()]
    edges = [
        {"id": f"e{i}", "source": f"n{u}", "target": f"n{v}", "kind": "CONNECTION", "weight": rng.randint(1, 5)}
        for i, (u, v) in enumerate(g.edges())
    ]
    return {"nodes": nodes, "edges": edges}


def to_networkx(plain):
    g = nx.Graph()
    for node in plain["nodes"]:
        g.add_node(node["id"], sector=node["sector"])
    for edge in plain["edges"]:
        u, v, w = edge["source"], edge["target"], edge.get("weight", 1)
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def clean(value):
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def brokerage_brute(g):
    """Open triads a - b - c per broker b, by the sectors of a, b, c (one count per unordered pair {a, c})."""
    out = {}
    for b in g:
        counts = {"coordinator": 0, "itinerant": 0, "gatekeeperRepresentative": 0, "liaison": 0}
        sb = g.nodes[b]["sector"]
        for a, c in itertools.combinations(sorted(g[b]), 2):
            if g.has_edge(a, c):
                continue
            sa, sc = g.nodes[a]["sector"], g.nodes[c]["sector"]
            if sa == sc:
                counts["coordinator" if sb == sa else "itinerant"] += 1
            elif sb in (sa, sc):
                counts["gatekeeperRepresentative"] += 1
            else:
                counts["liaison"] += 1
        out[b] = counts
    return out


def ei(external, internal):
    total = external + internal
    return float("nan") if total == 0 else (external - internal) / total


def group_metrics(g):
    sector = nx.get_node_attributes(g, "sector")
    node_ei, cross_share = {}, {}
    for v in g:
        e = sum(1 for u in g[v] if sector[u] != sector[v])
        i = g.degree(v) - e
        node_ei[v] = ei(e, i)
        cross_share[v] = float("nan") if g.degree(v) == 0 else e / g.degree(v)
    mixing = {a: {b: 0 for b in SECTORS} for a in SECTORS}
    for u, v in g.edges():
        a, b = sector[u], sector[v]
        mixing[a][b] += 1
        if a != b:
            mixing[b][a] += 1
    by_sector = {}
    for s in SECTORS:
        inside = mixing[s][s]
        leaving = sum(mixing[s][t] for t in SECTORS if t != s)
        by_sector[s] = ei(leaving, inside)
    crossing = sum(1 for u, v in g.edges() if sector[u] != sector[v])
    return {
        "ei_node": node_ei,
        "ei_sector": by_sector,
        "ei_overall": ei(crossing, g.number_of_edges() - crossing),
        "cross_sector_share": cross_share,
        "mixing_matrix": mixing,
    }


def three_sector_share(plain):
    sector = {n["id"]: n["sector"] for n in plain["nodes"]}
    parties = {}
    for e in plain["edges"]:
        if "agreementId" in e:
            parties.setdefault(e["agreementId"], set()).update([sector[e["source"]], sector[e["target"]]])
    three = sum(1 for s in parties.values() if len(s) == 3)
    return {"agreements": len(parties), "threeSector": three}


def path_lengths(g):
    """Over connected pairs only, as igraph's diameter and average_path_length with unconn=True."""
    lengths = [d for _, row in nx.all_pairs_shortest_path_length(g) for d in row.values() if d > 0]
    return {"diameter": max(lengths, default=0), "average": sum(lengths) / len(lengths) if lengths else float("nan")}


def references(plain):
    g = to_networkx(plain)
    esize = nx.effective_size(g)
    # nodes=list(g) takes networkx's per-node path: its vectorised path divides weighted
    # mutual weights by the wrong axis's maximum (networkx PR #8906), unlike Burt, UCINET and igraph.
    esize_w = nx.effective_size(g, nodes=list(g), weight="weight")
    by_sector = [{v for v in g if g.nodes[v]["sector"] == s} for s in SECTORS]
    by_sector = [c for c in by_sector if c]
    return clean({
        "degree": dict(g.degree()),
        "weighted_degree": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "harmonic": nx.harmonic_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "path_lengths": path_lengths(g),
        "pagerank_weighted": nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=10000),
        "pagerank_unweighted": nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=10000, weight=None),
        "clustering": nx.clustering(g),
        "constraint": nx.constraint(g),
        "constraint_weighted": nx.constraint(g, weight="weight"),
        "effective_size": esize,
        "effective_size_weighted": esize_w,
        "efficiency": {v: float("nan") if g.degree(v) == 0 else esize[v] / g.degree(v) for v in g},
        "efficiency_weighted": {v: float("nan") if g.degree(v) == 0 else esize_w[v] / g.degree(v) for v in g},
        "two_step_reach": {v: len(nx.single_source_shortest_path_length(g, v, cutoff=2)) - 1 for v in g},
        "modularity_sector_weighted": nx.community.modularity(g, by_sector, weight="weight"),
        "modularity_sector_unweighted": nx.community.modularity(g, by_sector, weight=None),
        "components": nx.number_connected_components(g),
        "density": nx.density(g),
        "edge_count": g.number_of_edges(),
        "brokerage": brokerage_brute(g),
        **group_metrics(g),
        "three_sector": three_sector_share(plain),
    })


def main():
    os.makedirs(HERE, exist_ok=True)
    for name, build in [("karate", karate), ("three-sector", three_sector), ("random-1000", random_graph)]:
        plain = build()
        with open(os.path.join(HERE, f"{name}.json"), "w") as f:
            json.dump(plain, f, separators=(",", ":"))
        with open(os.path.join(HERE, f"{name}.references.json"), "w") as f:
            json.dump(references(plain), f, separators=(",", ":"), allow_nan=False)
        print(f"{name}: {len(plain['nodes'])} nodes, {len(plain['edges'])} edges")


if __name__ == "__main__":
    main()
