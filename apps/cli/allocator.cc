// Copyright 2026 The Precis Authors.
//
// jemalloc's settings for the programs, which link it in place of glibc's
// malloc (PRECIS_JEMALLOC). jemalloc reads them once, at the first
// allocation; the environment's MALLOC_CONF still overrides them.
//
// Its memory in transparent huge pages where the system gives them on
// request (/sys/kernel/mm/transparent_hugepage/enabled "madvise" or
// "always"): one 2 MiB page fault instead of 512 of 4 KiB. A first touch of
// a 4 KiB page costs 13-15 us on a virtual machine, and `precis batch` of
// the Multi-News sample touched 2,000-3,500 of them with glibc's malloc
// (docs/BENCHMARKS.md, "The allocator").

// jemalloc defines this weak; the program's definition replaces its empty
// default. (Not declared through <jemalloc/jemalloc.h>, whose macros rename
// the allocation functions.)
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always";
}
