#include "data/name_gender.h"

#include "data/tables.h"

namespace aa {
namespace {

#include "quote_name_gender.inc"  // kNameGenders

}  // namespace

std::optional<Gender> find_name_gender(std::string_view w) {
  return table_find(kNameGenders, w);
}

}  // namespace aa
