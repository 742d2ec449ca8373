// Dates in news text: "January 25, 2023", "25 Jan 2023", "2023-01-25", "Updated 3:04 PM EST, Wed March 1, 2023",
// "2023-01-25T10:00:00Z", "Wed, 25 Jan 2023 10:00:00 GMT" ... normalised to ISO 8601.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aa {

struct DateMatch {
  size_t begin = 0, end = 0;  // the date (and its time, when there is one) in the text, bytes [begin, end)
  std::string iso;            // "2023-01-25", or "2023-03-01T15:04:00-05:00" with a time ("...T15:04:00" without
                              // a zone, "...Z" for UTC)
  bool has_time = false;
};

/// Finds the first complete date (day, month and year between 1900 and 2199) in `text`, with the time of day
/// that stands right before or after it ("3:04 PM EST, Wed March 1, 2023", "25 Jan 2023 14:30 GMT").
/// Requires: `text` is valid UTF-8 (anything else is read as non-date bytes). Promises: begin < end <=
/// text.size(), both on code-point boundaries; the date is a real calendar day. Numeric dates in the order
/// day/month or month/day are read only when unambiguous (one of the two numbers is above 12).
std::optional<DateMatch> find_date(std::string_view text);

/// A machine-readable date or date-time (HTML `datetime`, `article:published_time`, JSON-LD `datePublished`)
/// in ISO form; also accepts what find_date reads. Empty when there is no date.
std::string normalize_date(std::string_view value);

/// Day of the week, 0 = Sunday, for a date of the proleptic Gregorian calendar.
int day_of_week(int year, int month, int day);

}  // namespace aa
