// AA_ONCE_PER_DOCUMENT: marks a large function that runs once per document (a rule pass, not a per-token helper).
#pragma once

// In WebAssembly such a function is compiled for size (clang's minsize): V8 compiles every function the first
// analysis calls, so its inlined helpers are bytes the first analysis compiles for one call. Natively it is empty (no
// compile at run time to save). Not for a function whose loop the steady state spends its time in (Scorer::emissions,
// the tokenizer, the features): bench/README.md, "The first analysis: minsize per function".
#if defined(__EMSCRIPTEN__)
#define AA_ONCE_PER_DOCUMENT __attribute__((minsize))
#else
#define AA_ONCE_PER_DOCUMENT
#endif
