// Dates in news text: "January 25, 2023", "25 Jan 2023", "2023-01-25", "Updated 3:04 PM EST, Wed March 1, 2023",
// "2023-01-25T10:00:00Z", "Wed, 25 Jan 2023 10:00:00 GMT" ... normalised to ISO 8601.
#pragma once

#include <cstddef>
#include <cstdint>
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
/// day/month or month/day are read only when unambiguous (one of the two numbers is above 12), save slashed ones
/// with a two-digit year ("3/4/15", "3/17/15": 2015, "98": 1998), the American form, read month first when both fit;
/// a two-digit year also in the dashed form with the month in words ("4-Mar-15").
std::optional<DateMatch> find_date(std::string_view text);

/// The order of day and month in numeric dates, as a page's language writes them ("3/09/15": 9 March in en-US,
/// 3 September in en-GB).
enum class DateOrder : uint8_t { Unknown, MonthFirst, DayFirst };

/// The first numeric date "D/M/Y" or "M/D/Y" ('/', '-' or '.' between, the same twice; a year of two or four
/// digits, "15" read as 2015 and "98" as 1998) in `text`, its day and month read in `order`, or either way when
/// one of the two numbers is above 12. Nothing when `order` is Unknown and both are 12 or less. For short lines
/// that a page marks as its date ("3/09/15 8:00am"), whose language gives the order. Linear in the text.
std::optional<DateMatch> find_numeric_date(std::string_view text, DateOrder order);

/// How a page's language (<html lang>, og:locale; lower case) orders day and month in numeric dates: month first in
/// American English, day first in the other languages that name a region or are not English; unknown for plain "en".
DateOrder date_order_of_language(std::string_view lang);

/// A machine-readable date or date-time (HTML `datetime`, `article:published_time`, JSON-LD `datePublished`)
/// in ISO form; also accepts what find_date reads. Empty when there is no date.
std::string normalize_date(std::string_view value);

/// Day of the week, 0 = Sunday, for a date of the proleptic Gregorian calendar.
int day_of_week(int year, int month, int day);

}  // namespace aa
