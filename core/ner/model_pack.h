// The entity model for the wire: the same ModelData as the plain model file (model.h), written so that a general
// compressor (brotli, gzip) finds its regularities. The plain file is laid out to be used where it lies (keys,
// counts and weights of one bucket side by side); that interleaves random bits (hashes) with very regular ones
// (counts, tags, high bytes of weights), which compressors handle badly. The packed form writes each kind of
// field as its own stream (bytes of one meaning together), sorted keys as deltas within their bucket, the tags
// of a feature as deltas, weights zig-zagged and split into high and low bytes.
//
// It is lossless and only a transport: unpack_model(pack_model(plain)) gives back the plain bytes exactly (the
// plain form is the reference; tests/cpp/test_ner_model_pack.cpp checks it on the shipped model), and what loads
// a model (EntityModel::from_bytes) accepts either form. A field added to ModelData needs its line in both
// directions here; the round-trip test fails until it has one.
//
// Layout (little-endian): "AANERPAK"  u32 pack version  u32 payload length  u32 check of the payload
// (pack_check below)
//   payload: u32 stream count, then per stream u32 length and its bytes (model_pack.cc: the Stream enum).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace aa::ner {

constexpr uint32_t kPackVersion = 3;  // 3: pack_check instead of a CRC-32

/// The packed payload's check: per 8 bytes (little-endian; the last ones zero-padded), h = (h ^ word) * an odd
/// constant, then the length and the high half folded in. A change within any one 8-byte word always changes h
/// (each step is a bijection of h), and any other damage goes unnoticed with odds of about 2^-32, as with a CRC-32;
/// truncation is also caught by the length in the header. Why not the CRC-32 of the plain file: a load checks every
/// packed byte once, and this costs about 4 instructions per 8 bytes where a CRC-32 eight bytes at a step costs ~29
/// (in WebAssembly, the load's largest part after the decoding: bench/README.md, start-up).
uint32_t pack_check(const uint8_t* data, size_t size);

/// True if the bytes start like a packed model (they may still be damaged).
bool is_packed_model(const uint8_t* data, size_t size);

/// Packs a plain model file (model.h). Throws ModelError if it is not a valid one.
std::string pack_model(const uint8_t* data, size_t size);

/// The plain model file of packed bytes. Throws ModelError on anything damaged: it checks every table's contents
/// as it writes them (keys increasing, counts, tags and weights in range, the gazetteer's values and aliases), so
/// that Model need only check the layout (Model::Check::Unpacked). Without `plain_crc`, the plain file's CRC-32
/// field is left 0 (the bytes are then only for Model with Check::NoCrc or Unpacked, as EntityModel::from_bytes
/// uses them: the packed bytes' own check was made, and a CRC-32 of the plain bytes costs far more).
std::vector<uint8_t> unpack_model(const uint8_t* data, size_t size, bool plain_crc = true);

/// What EntityModel::from_bytes loads a packed model from: the plain file (without its CRC-32, as above) and the
/// index of its feature buckets (Model's: where each bucket's keys start in the tables << 8 | how many keys it has),
/// made as the tables were written, so that the load does not walk the 244k features again to find it (in
/// WebAssembly a once-run loop, never optimised: ~10 % of start-up's decoding).
struct UnpackedModel {
  std::vector<uint8_t> bytes;
  std::vector<uint32_t> feature_index;
};
UnpackedModel unpack_model_indexed(const uint8_t* data, size_t size);

}  // namespace aa::ner
