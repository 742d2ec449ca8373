// Dates (core/structure/dates.h): the formats of news pages, normalised to ISO 8601.
#include <catch2/catch.hpp>

#include "structure/dates.h"

TEST_CASE("dates in text are found and normalised", "[dates]") {
  struct Case {
    const char* text;
    const char* iso;    // "" when there is no date
    const char* found;  // the matched text
  };
  const Case cases[] = {
      {"January 25, 2023", "2023-01-25", "January 25, 2023"},
      {"25 Jan 2023", "2023-01-25", "25 Jan 2023"},
      {"2023-01-25", "2023-01-25", "2023-01-25"},
      {"Updated 3:04 PM EST, Wed March 1, 2023", "2023-03-01T15:04:00-05:00", "3:04 PM EST, Wed March 1, 2023"},
      {"Jan. 5, 2024", "2024-01-05", "Jan. 5, 2024"},
      {"Sept. 3rd, 2021", "2021-09-03", "Sept. 3rd, 2021"},
      {"the 25th of January 2023", "2023-01-25", "25th of January 2023"},
      {"Wednesday, 1 March 2023", "2023-03-01", "Wednesday, 1 March 2023"},
      {"Wed, 25 Jan 2023 10:00:00 GMT", "2023-01-25T10:00:00Z", "Wed, 25 Jan 2023 10:00:00 GMT"},
      {"Sun 11 Jun 2023 06.00 BST", "2023-06-11T06:00:00+01:00", "Sun 11 Jun 2023 06.00 BST"},
      {"July 4, 2023 at 10:30 a.m. ET", "2023-07-04T10:30:00-04:00", "July 4, 2023 at 10:30 a.m. ET"},
      {"December 4, 2023 at 10:30 a.m. ET", "2023-12-04T10:30:00-05:00", "December 4, 2023 at 10:30 a.m. ET"},
      {"March 12, 2023 9 pm PT", "2023-03-12T21:00:00-07:00", "March 12, 2023 9 pm PT"},  // DST starts
      {"2023-01-25T10:00:00Z", "2023-01-25T10:00:00Z", "2023-01-25T10:00:00Z"},
      {"2023-01-25T10:00:00.000+01:00", "2023-01-25T10:00:00+01:00", "2023-01-25T10:00:00.000+01:00"},
      {"2023-03-01T15:04:00-0500", "2023-03-01T15:04:00-05:00", "2023-03-01T15:04:00-0500"},
      {"2023-01-25 14:30", "2023-01-25T14:30:00", "2023-01-25 14:30"},
      {"13/02/2023", "2023-02-13", "13/02/2023"},
      {"Mar 14 Fri 2014 09:05", "2014-03-14T09:05:00", "Mar 14 Fri 2014 09:05"},
      {"02/13/2023", "2023-02-13", "02/13/2023"},
      {"25.01.2023", "2023-01-25", "25.01.2023"},
      {"On Feb 29, 2024, it rained.", "2024-02-29", "Feb 29, 2024"},
      {"12:00 GMT+1 on 5 May 2022", "2022-05-05T12:00:00+01:00", "12:00 GMT+1 on 5 May 2022"},
      // Other languages: month names of Spanish, Portuguese, Italian, French, German; CJK year-month-day.
      {"1 de diciembre de 2017 3:00 AM PST", "2017-12-01T03:00:00-08:00", "1 de diciembre de 2017 3:00 AM PST"},
      {"publicado el 7 de julio del 2019", "2019-07-07", "7 de julio del 2019"},
      {"12 ottobre 2020", "2020-10-12", "12 ottobre 2020"},
      {"le 3 juin 2021", "2021-06-03", "3 juin 2021"},
      {"am 9. Dezember 2022", "2022-12-09", "9. Dezember 2022"},
      {"TNW\xE4\xB8\xAD\xE6\x96\x87\xE7\xAB\x99"
       "2016\xE5\xB9\xB4"
       "10\xE6\x9C\x88"
       "14\xE6\x97\xA5"
       "07:17",
       "2016-10-14T07:17:00",
       "2016\xE5\xB9\xB4"
       "10\xE6\x9C\x88"
       "14\xE6\x97\xA5"
       "07:17"},
      // Not dates:
      {"2016\xE5\xB9\xB4"
       "13\xE6\x9C\x88"
       "14\xE6\x97\xA5",
       "", ""},                       // no 13th month
      {"02/03/2023", "", ""},         // ambiguous order
      {"February 30, 2023", "", ""},  // no such day
      {"January 2023", "", ""},       // no day
      {"January 25", "", ""},         // no year
      {"25 people in 2023", "", ""},
      {"3:04 PM", "", ""},
      {"May I say something in 2023?", "", ""},
      {"", "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto m = aa::find_date(c.text);
    if (*c.iso == 0) {
      CHECK_FALSE(m);
      continue;
    }
    REQUIRE(m);
    CHECK(m->iso == c.iso);
    CHECK(std::string(c.text).substr(m->begin, m->end - m->begin) == c.found);
  }
}

TEST_CASE("machine-readable dates are normalised", "[dates]") {
  CHECK(aa::normalize_date("2023-06-11T06:00:00+01:00") == "2023-06-11T06:00:00+01:00");
  CHECK(aa::normalize_date("2022-10-03T09:12:44+00:00") == "2022-10-03T09:12:44Z");
  CHECK(aa::normalize_date(" 2024-01-08T05:00:00.000Z ") == "2024-01-08T05:00:00Z");
  CHECK(aa::normalize_date("2024-02-12") == "2024-02-12");
  CHECK(aa::normalize_date("yesterday") == "");
}

TEST_CASE("day of the week", "[dates]") {
  CHECK(aa::day_of_week(2023, 1, 25) == 3);  // a Wednesday
  CHECK(aa::day_of_week(2000, 2, 29) == 2);
  CHECK(aa::day_of_week(2023, 3, 12) == 0);
}

TEST_CASE("numeric dates are read in the page's order of day and month", "[dates]") {
  using aa::DateOrder;
  auto iso = [](const char* text, DateOrder order) {
    auto m = aa::find_numeric_date(text, order);
    return m ? m->iso : std::string();
  };
  CHECK(iso("3/09/15 8:00am", DateOrder::MonthFirst) == "2015-03-09");
  CHECK(iso("3/09/15 8:00am", DateOrder::DayFirst) == "2015-09-03");
  CHECK(iso("3/09/15 8:00am", DateOrder::Unknown).empty());
  CHECK(iso("25/12/98", DateOrder::MonthFirst) == "1998-12-25");  // 25 is no month, whatever the order
  CHECK(iso("Posted 12-25-2015", DateOrder::Unknown) == "2015-12-25");
  CHECK(iso("05.05.2015", DateOrder::DayFirst) == "2015-05-05");
  auto m = aa::find_numeric_date("Posted 3/09/15 8:00am", DateOrder::MonthFirst);
  REQUIRE(m);
  CHECK(m->begin == 7);
  CHECK(m->end == 14);
  // Not dates: mixed separators, a version or an address, a fraction, three-digit parts, no real day.
  for (const char* t : {"3/09-15", "1.2.3", "v3/09/15", "3/09/150", "192.168.1.1", "1/2", "2/30/15", "123/09/15",
                        "3/09/15/2", "3/09/15a"})
    CHECK(iso(t, DateOrder::MonthFirst).empty());
}
