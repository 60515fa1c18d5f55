#!/usr/bin/python3
"""What a first touch of fresh memory costs on this machine, per 4 KiB page.

Writes one byte into each page of a fresh anonymous mapping, first in ordinary
pages, then in pages the kernel is asked to make huge (madvise MADV_HUGEPAGE,
which the system honours when /sys/kernel/mm/transparent_hugepage/enabled is
"madvise" or "always"), and prints the microseconds per 4 KiB page, the median
of several rounds. docs/BENCHMARKS.md ("The allocator") uses it to tell what
the page faults of a short `precis` run cost.

usage: /usr/bin/python3 bench/page_fault_cost.py [--mib 64] [--rounds 5]
"""
import argparse
import mmap
import statistics
import time

PAGE = 4096


def touch(size, huge):
    """Microseconds per 4 KiB page to write one byte in each page of a fresh mapping."""
    area = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    try:
        if huge:
            area.madvise(mmap.MADV_HUGEPAGE)
        start = time.perf_counter()
        for offset in range(0, size, PAGE):
            area[offset] = 1
        seconds = time.perf_counter() - start
    finally:
        area.close()
    return seconds * 1e6 / (size // PAGE)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.mib < 1 or args.rounds < 1:
        parser.error("--mib and --rounds must be positive")
    size = args.mib << 20
    # The loop's own cost, on pages already touched.
    warm = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    for offset in range(0, size, PAGE):
        warm[offset] = 1
    start = time.perf_counter()
    for offset in range(0, size, PAGE):
        warm[offset] = 2
    loop = (time.perf_counter() - start) * 1e6 / (size // PAGE)
    warm.close()
    for name, huge in (("4 KiB pages", False), ("huge pages", True)):
        costs = [touch(size, huge) for _ in range(args.rounds)]
        print(f"{name}: {statistics.median(costs):.2f} us per 4 KiB page "
              f"(rounds: {', '.join(f'{c:.2f}' for c in costs)})")
    print(f"the loop alone, on pages already touched: {loop:.2f} us per page")


if __name__ == "__main__":
    main()
