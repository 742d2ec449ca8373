#include "ner/wordrep.h"

#include "ner/bytes.h"

namespace aa::ner {

uint32_t WordReps::entry(uint32_t i) const {
  return bytes_ ? load_u32(bytes_ + 4 * size_t(i)) : owned_[i];
}

uint32_t WordReps::find(uint32_t key) const {
  // Binary search on the top bits: a form is looked up once per document (FormFacts keep the answer).
  uint32_t want = key >> kRepBits, lo = 0, hi = n_;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uint32_t e = entry(mid);
    uint32_t have = e >> kRepBits;
    if (have == want) return kRepPresent | (e & kRepMask);
    if (have < want)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

const char* check_word_reps(const uint8_t* entries, uint32_t n) {
  for (uint32_t i = 1; i < n; ++i)
    if (load_u32(entries + 4 * size_t(i)) >> kRepBits <= load_u32(entries + 4 * size_t(i - 1)) >> kRepBits)
      return "word representations: keys not increasing";
  return "";
}

}  // namespace aa::ner
