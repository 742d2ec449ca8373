// aa-pack-model: the entity model for the web build (core/ner/model_pack.h), and back.
//   aa-pack-model PLAIN PACKED          packs a model file (models/entities.bin)
//   aa-pack-model --unpack PACKED PLAIN  gives back the plain file, byte for byte
//   aa-pack-model --coarsen STEP MIN PLAIN OUT   an experiment for the model's size: OUT is PLAIN with its weights
//                                        rounded to multiples of STEP and those below MIN (after rounding) dropped;
//                                        evaluate it with aa-eval-ner --model OUT before training with it
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "ner/model.h"
#include "ner/model_pack.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string a = argc > 1 ? argv[1] : "";
    if (argc == 4 && a == "--unpack") {
      std::string in = read_file(argv[2]);
      auto plain = aa::ner::unpack_model(reinterpret_cast<const uint8_t*>(in.data()), in.size());
      write_file(argv[3], std::string(plain.begin(), plain.end()));
      return 0;
    }
    if (argc == 6 && a == "--coarsen") {
      int step = std::stoi(argv[2]), min = std::stoi(argv[3]);
      std::string in = read_file(argv[4]);
      aa::ner::ModelData m = aa::ner::parse_model(reinterpret_cast<const uint8_t*>(in.data()), in.size());
      aa::ner::ModelData out = m;
      out.feature_keys.clear();
      out.feature_offsets = {0};
      out.pair_tags.clear();
      out.pair_weights.clear();
      for (size_t i = 0; i < m.feature_keys.size(); ++i) {
        for (uint32_t k = m.feature_offsets[i]; k < m.feature_offsets[i + 1]; ++k) {
          int w = m.pair_weights[k];
          int r = (w >= 0 ? (w + step / 2) / step : -((-w + step / 2) / step)) * step;
          r = std::clamp(r, -((aa::ner::kMaxWeight + 1) / step * step), aa::ner::kMaxWeight / step * step);
          if (r == 0 || std::abs(r) < min) continue;
          out.pair_tags.push_back(m.pair_tags[k]);
          out.pair_weights.push_back(static_cast<int16_t>(r));
        }
        if (out.pair_tags.size() == out.feature_offsets.back()) continue;  // a feature without weights
        out.feature_keys.push_back(m.feature_keys[i]);
        out.feature_offsets.push_back(static_cast<uint32_t>(out.pair_tags.size()));
      }
      std::fprintf(stderr, "aa-pack-model: %zu -> %zu features, %zu -> %zu weights\n", m.feature_keys.size(),
                   out.feature_keys.size(), m.pair_tags.size(), out.pair_tags.size());
      write_file(argv[5], aa::ner::serialize(out));
      return 0;
    }
    if (argc != 3 || a.rfind("--", 0) == 0) {
      std::cerr << "usage: aa-pack-model PLAIN PACKED | aa-pack-model --unpack PACKED PLAIN\n";
      return 2;
    }
    std::string in = read_file(argv[1]);
    write_file(argv[2], aa::ner::pack_model(reinterpret_cast<const uint8_t*>(in.data()), in.size()));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "aa-pack-model: " << e.what() << "\n";
    return 1;
  }
}
