// The gender a given name usually tells (core/data/name_gender.tsv), one table for every stage that asks: the
// cluster stage (a surname after "Mrs" is no man's name) and the quotation stage (he and she).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace aa {

enum class Gender : uint8_t { Male, Female };

/// The gender a lowercase given name usually tells, if it tells one.
std::optional<Gender> find_name_gender(std::string_view lowercase_given_name);

}  // namespace aa
