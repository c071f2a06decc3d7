#!/usr/bin/env python3
"""Statecraft against NetworkX, igraph, NetworKit and rustworkx, side by side in one run.

    pip install networkx==3.6.1 scipy numpy igraph networkit rustworkx     # not part of CI
    swift build -c release --product statecraft-benchmark
    .build/release/statecraft-benchmark --only none        # generates and checks the graphs
    python3 Benchmarks/peers.py [--statecraft PATH] [--data DIR] [--threads 1,2] [--cases …]

Every (library, case, thread count) runs in a fresh worker process (so peak RSS is its own), on the
edge lists of peers-baseline.md that statecraft-benchmark generates in Benchmarks/data. Timing
follows peers-baseline.md: wall clock around the library call, the median of 3 runs when a run takes
under 5 s; NetworkX's exact betweenness and closeness are estimated from samples (k = 250 sources,
500 single-node calls) as there. The table gives each peer's time divided by Statecraft's with the
same thread count ("× slower than Statecraft"), and writes Benchmarks/peers-results.json.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

CASES = {
    "betweenness@ba20k": ("ba20k", False),
    "closeness@ba20k": ("ba20k", False),
    "pagerank@er100k": ("er100k", True),
    "pagerank_strict@er100k": ("er100k", True),
    "pagerank_strict@ba200k": ("ba200k", False),
}
LIBRARIES = ["statecraft", "networkx", "igraph", "networkit", "rustworkx"]
SINGLE_THREADED = {"networkx", "igraph"}


def timed(function):
    """Median of 3 when a run is under 5 s (as peers-baseline.md)."""
    start = time.perf_counter()
    result = function()
    times = [time.perf_counter() - start]
    if times[0] < 5:
        for _ in range(2):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return statistics.median(times), len(times), result


def worker(library, case, threads, data):
    name, directed = CASES[case]
    algorithm = case.split("@")[0]
    path = os.path.join(data, name + ".txt")
    load_start = time.perf_counter()
    note = ""
    if library == "igraph":
        import igraph
        g = igraph.Graph.Read_Edgelist(path, directed=directed)
        n = g.vcount()
        load = time.perf_counter() - load_start
        if algorithm == "betweenness":
            scale = 2 / ((n - 1) * (n - 2))
            seconds, reps, raw = timed(lambda: g.betweenness(directed=False))
            scores = [x * scale for x in raw]
        elif algorithm == "closeness":
            seconds, reps, scores = timed(lambda: g.closeness())
        else:
            seconds, reps, scores = timed(lambda: g.pagerank(damping=0.85))
    elif library == "networkit":
        import networkit as nk
        nk.setNumberOfThreads(threads)
        g = nk.graphio.EdgeListReader(" ", 0, directed=directed).read(path)
        n = g.numberOfNodes()
        load = time.perf_counter() - load_start
        if algorithm == "betweenness":
            seconds, reps, scores = timed(lambda: nk.centrality.Betweenness(g, normalized=True).run().scores())
        elif algorithm == "closeness":
            seconds, reps, scores = timed(
                lambda: nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.STANDARD).run().scores())
        else:
            def pagerank():
                pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-10, distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
                pr.norm = nk.centrality.Norm.L1_NORM
                return pr.run().scores()
            seconds, reps, scores = timed(pagerank)
    elif library == "rustworkx":
        import rustworkx as rx
        graph_type = rx.PyDiGraph if directed else rx.PyGraph
        g = graph_type.read_edge_list(path, deliminator=" ")
        n = g.num_nodes()
        load = time.perf_counter() - load_start
        if algorithm == "betweenness":
            seconds, reps, result = timed(lambda: rx.betweenness_centrality(g, normalized=True))
            scores = [result[i] for i in range(n)]
        elif algorithm == "closeness":
            seconds, reps, result = timed(lambda: rx.closeness_centrality(g))
            scores = [result[i] for i in range(n)]
        else:
            if not directed:  # rustworkx's PageRank takes a PyDiGraph: converted once, untimed
                g = g.to_directed()
                note = "one-off to_directed untimed"
            tol = 1e-10 / n if algorithm == "pagerank_strict" else 1e-10
            seconds, reps, result = timed(lambda: rx.pagerank(g, alpha=0.85, tol=tol, max_iter=1000))
            scores = [result[i] for i in range(n)]
    elif library == "networkx":
        import networkx as nx
        import numpy as np
        edges = np.loadtxt(path, dtype=np.int64)
        g = nx.DiGraph() if directed else nx.Graph()
        n = int(edges.max()) + 1
        g.add_nodes_from(range(n))
        g.add_edges_from(map(tuple, edges.tolist()))
        load = time.perf_counter() - load_start
        if algorithm == "betweenness":
            k = 250
            start = time.perf_counter()
            nx.betweenness_centrality(g, k=k, seed=12345)
            seconds, reps, scores = (time.perf_counter() - start) * n / k, 1, None
            note = f"estimate: k={k} sampled run x n/k"
        elif algorithm == "closeness":
            calls = 500
            start = time.perf_counter()
            for u in range(calls):
                nx.closeness_centrality(g, u=u)
            seconds, reps, scores = (time.perf_counter() - start) * n / calls, 1, None
            note = f"estimate: {calls} single-node calls x n/{calls}"
        else:
            tol = 1e-10 / n if algorithm == "pagerank_strict" else 1e-10
            seconds, reps, result = timed(lambda: nx.pagerank(g, alpha=0.85, tol=tol, max_iter=1000))
            scores = [result[i] for i in range(n)]
    else:
        raise SystemExit(f"unknown library {library}")
    checks = {"betweenness": {13: 0.132356157821, 2: 0.0964286437461},
              "closeness": {2: 0.353901964254, 13: 0.353851870201},
              "pagerank": {76713: 2.79460493263e-05, 0: 1.4213779654e-05} if name == "er100k" else {2: 7.15666739138e-04, 0: 4.54900599919e-04}}
    reference = checks["pagerank" if algorithm.startswith("pagerank") else algorithm]
    check = None if scores is None else max(abs(scores[node] - value) / value for node, value in reference.items())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "repetitions": reps, "load_seconds": load, "peak_rss_mib": rss,
                      "check": check, "note": note}))


def run_statecraft(binary, case, threads, data):
    output = subprocess.run([binary, "--case", case, "--threads", str(threads), "--data", data],
                            check=True, capture_output=True, text=True).stdout
    result = json.loads(output)
    return {"seconds": result["seconds"], "repetitions": result["repetitions"], "load_seconds": result["load_seconds"],
            "peak_rss_mib": result["peak_rss_mib"], "check": None, "note": result["check"]}


def run_peer(library, case, threads, data, timeout):
    environment = dict(os.environ, OMP_NUM_THREADS=str(threads), RAYON_NUM_THREADS=str(threads))
    try:
        output = subprocess.run([sys.executable, __file__, "--worker", library, case, str(threads), "--data", data],
                                check=True, capture_output=True, text=True, env=environment, timeout=timeout).stdout
        return json.loads(output.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        return {"seconds": None, "note": f"timed out after {timeout} s"}
    except subprocess.CalledProcessError as error:
        return {"seconds": None, "note": "failed: " + error.stderr.strip().splitlines()[-1] if error.stderr.strip() else "failed"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=3, metavar=("LIBRARY", "CASE", "THREADS"), help=argparse.SUPPRESS)
    parser.add_argument("--data", default="Benchmarks/data")
    parser.add_argument("--statecraft", default=".build/release/statecraft-benchmark")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--libraries", default=",".join(LIBRARIES))
    parser.add_argument("--timeout", type=int, default=1800)
    parser.add_argument("--output", default="Benchmarks/peers-results.json")
    arguments = parser.parse_args()
    if arguments.worker:
        library, case, threads = arguments.worker
        worker(library, case, int(threads), arguments.data)
        return
    load = os.getloadavg()
    print(f"load average before the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs", flush=True)
    rows = []
    for case in arguments.cases.split(","):
        for threads in map(int, arguments.threads.split(",")):
            for library in arguments.libraries.split(","):
                if library in SINGLE_THREADED and threads != 1:
                    continue
                if library == "statecraft":
                    result = run_statecraft(arguments.statecraft, case, threads, arguments.data)
                else:
                    result = run_peer(library, case, threads, arguments.data, arguments.timeout)
                row = dict(case=case, library=library, threads=threads, **result)
                rows.append(row)
                seconds = row.get("seconds")
                print(f"  {case:24} {library:10} {threads}t {seconds if seconds is None else round(seconds, 4)} s", flush=True)
    # Ratios: each peer against Statecraft with the same thread count (single-threaded peers
    # against Statecraft on 1 and on 2 threads).
    statecraft = {(r["case"], r["threads"]): r["seconds"] for r in rows if r["library"] == "statecraft"}
    print()
    print(f"| case | library | threads | seconds | load s | peak RSS MiB | × Statecraft 1t | × Statecraft 2t | notes |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        s = r.get("seconds")
        def ratio(t):
            base = statecraft.get((r["case"], t))
            return f"{s / base:.1f}" if s and base and r["library"] != "statecraft" else ""
        notes = r.get("note") or ""
        if r.get("check") is not None and r["library"] != "statecraft":
            notes = (notes + f" max rel. diff vs reference {r['check']:.1e}").strip()
        print(f"| {r['case']} | {r['library']} | {r['threads']} | {'' if s is None else f'{s:.4f}'} | "
              f"{r.get('load_seconds', 0) or 0:.2f} | {r.get('peak_rss_mib', 0) or 0:.0f} | {ratio(1)} | {ratio(2)} | {notes} |")
    load = os.getloadavg()
    print(f"\nload average after the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with open(arguments.output, "w") as file:
        json.dump(rows, file, indent=1)


if __name__ == "__main__":
    main()
