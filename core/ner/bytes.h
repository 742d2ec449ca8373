// Little-endian bytes of the model file (model.cc) and its gazetteer section (gazetteer.cc): loads from any
// alignment, and appends for the writers.
#pragma once

#include <cstdint>
#include <string>

namespace aa::ner {

inline uint16_t load_u16(const uint8_t* p) {
  return static_cast<uint16_t>(p[0] | p[1] << 8);
}
inline uint32_t load_u32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

inline uint64_t load_u64(const uint8_t* p) {
  return uint64_t(load_u32(p)) | uint64_t(load_u32(p + 4)) << 32;
}

inline void put_u16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
inline void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
/// Zero bytes up to a multiple of 4.
inline void pad4(std::string& out) {
  while (out.size() % 4) out.push_back('\0');
}

}  // namespace aa::ner
