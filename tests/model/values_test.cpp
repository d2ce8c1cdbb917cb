#include "model/values.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace vidensgraf;

TEST_CASE("ids of letters, digits, dash, underscore and dot are accepted", "[values]") {
  for (const char* id : {"kol-telecare", "p1", "1st", "a_b.c", "Region-H"}) {
    INFO(id);
    CHECK_FALSE(check_id(id));
  }
  CHECK_FALSE(check_id(std::string(200, 'x')));
}

TEST_CASE("malformed ids are refused with a reason", "[values]") {
  CHECK_THAT(*check_id(""), Catch::Contains("empty"));
  CHECK_THAT(*check_id(std::string(201, 'x')), Catch::Contains("200"));
  CHECK_THAT(*check_id("-x"), Catch::Contains("start with a letter or digit"));
  CHECK_THAT(*check_id(".x"), Catch::Contains("start with a letter or digit"));
  for (const char* id : {"a b", "a/b", "blåbær", "a,b", "a#b", "a:b"}) {
    INFO(id);
    REQUIRE(check_id(id));
    CHECK_THAT(*check_id(id), Catch::Contains("only ASCII letters"));
  }
}

TEST_CASE("well-formed language tags are accepted", "[values]") {
  for (const char* tag : {"da", "en", "en-GB", "de-CH-1996", "zh-Hant-TW", "sgn-BE-FR", "abcdefgh"}) {
    INFO(tag);
    CHECK_FALSE(check_language_tag(tag));
  }
}

TEST_CASE("malformed language tags are refused", "[values]") {
  for (const char* tag :
       {"", "d", "123", "en_GB", "en-", "-en", "en--GB", "abcdefghi", "en-abcdefghi", "da dk", "dä"}) {
    INFO(tag);
    REQUIRE(check_language_tag(tag));
    CHECK_THAT(*check_language_tag(tag), Catch::Contains("not a language tag"));
  }
}

TEST_CASE("dates are YYYY-MM-DD, YYYY-MM or YYYY", "[values]") {
  for (const char* date : {"2021-04-28", "2021-04", "2021", "2021-12-31", "2021-01-01", "0001-01-01"}) {
    INFO(date);
    CHECK_FALSE(check_date(date));
  }
  CHECK(date_precision("2021-04-28") == DatePrecision::date);
  CHECK(date_precision("2021-04") == DatePrecision::year_month);
  CHECK(date_precision("2021") == DatePrecision::year);
}

TEST_CASE("the 29th of February exists only in leap years", "[values]") {
  CHECK_FALSE(check_date("2020-02-29")); // divisible by 4
  CHECK_FALSE(check_date("2000-02-29")); // divisible by 400
  REQUIRE(check_date("2021-02-29"));
  CHECK_THAT(*check_date("2021-02-29"), Catch::Contains("month 2 has 28 days"));
  CHECK(check_date("1900-02-29")); // divisible by 100, not by 400
  CHECK(check_date("2020-02-30"));
}

TEST_CASE("impossible and malformed dates are refused", "[values]") {
  CHECK_THAT(*check_date("2021-13"), Catch::Contains("no month 13"));
  CHECK_THAT(*check_date("2021-00-10"), Catch::Contains("no month 0"));
  CHECK_THAT(*check_date("2021-04-31"), Catch::Contains("month 4 has 30 days"));
  CHECK(check_date("2021-04-00"));
  for (const char* date : {"", "21", "2021-4-28", "28-04-2021", "2021/04/28", "2021-04-28T10:00", "20x1", "2021-04-2x",
                           "2021-0a", "april 2021"}) {
    INFO(date);
    REQUIRE(check_date(date));
    CHECK_THAT(*check_date(date), Catch::Contains("is not a date"));
  }
}

TEST_CASE("amounts are a decimal number, a space and an ISO 4217 code", "[values]") {
  for (const char* amount : {"8700000 DKK", "8.7 EUR", "0 USD", "200000000 DKK"}) {
    INFO(amount);
    CHECK_FALSE(check_amount(amount));
  }
  const auto a = parse_amount("8.7 EUR");
  CHECK(a.value == "8.7");
  CHECK(a.currency == "EUR");
}

TEST_CASE("malformed amounts are refused with an example", "[values]") {
  for (const char* amount : {"", "8700000", "8700000 kr", "8700000 dkk", "8700000 DKKR", "8,7 DKK", "8.7.1 DKK",
                             "DKK 8700000", "8700000  DKK", "-5 DKK", ". DKK", "8. DKK", "8 700 000 DKK"}) {
    INFO(amount);
    REQUIRE(check_amount(amount));
    CHECK_THAT(*check_amount(amount), Catch::Contains("e.g. 8700000 DKK"));
  }
}

TEST_CASE("http and https IRIs are accepted", "[values]") {
  for (const char* iri : {"https://example.org/", "http://example.org", "https://kl.dk/nyheder?id=1#top",
                          "https://da.wikipedia.org/wiki/Københavns_Kommune"}) {
    INFO(iri);
    CHECK_FALSE(check_http_iri(iri));
  }
}

TEST_CASE("other IRIs and malformed ones are refused", "[values]") {
  CHECK_THAT(*check_http_iri("www.example.org"), Catch::Contains("not an http or https IRI"));
  CHECK_THAT(*check_http_iri("ftp://example.org/"), Catch::Contains("not an http or https IRI"));
  CHECK_THAT(*check_http_iri("urn:isbn:123"), Catch::Contains("not an http or https IRI"));
  CHECK_THAT(*check_http_iri("https://"), Catch::Contains("no host"));
  CHECK_THAT(*check_http_iri("https:///path"), Catch::Contains("no host"));
  for (const char* iri : {"https://example.org/a b", "https://example.org/<x>", "https://example.org/\"q\"",
                          "https://example.org/{x}", "https://example.org/a|b", "https://example.org/a\\b",
                          "https://example.org/a^b", "https://example.org/a`b", "https://example.org/\t"}) {
    INFO(iri);
    REQUIRE(check_http_iri(iri));
    CHECK_THAT(*check_http_iri(iri), Catch::Contains("not allowed in an IRI"));
  }
}
