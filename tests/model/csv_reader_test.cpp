#include "model/csv_reader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vidensgraf;

namespace {

/// Everything a reader returns for a text: the rows and the diagnostics.
struct Read {
  std::vector<std::vector<CsvField>> rows;
  std::vector<std::vector<std::uint32_t>> columns; ///< where each field starts (CsvReader::at)
  Diagnostics diagnostics;
};

Read read_all(std::string_view text) {
  Read result;
  CsvReader reader(text, "t.csv", result.diagnostics);
  std::vector<CsvField> row;
  while (reader.next_row(row)) {
    result.rows.push_back(row);
    auto& columns = result.columns.emplace_back();
    for (const auto& field : row) {
      const auto where = reader.at(field);
      CHECK(where.line == field.line);
      columns.push_back(where.column);
    }
  }
  return result;
}

std::vector<std::string> texts(const std::vector<CsvField>& row) {
  std::vector<std::string> out;
  for (const auto& f : row)
    out.push_back(f.text);
  return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("plain rows are split at commas and line ends", "[csv]") {
  const auto r = read_all("a,b,c\n1,,3\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 2);
  CHECK(texts(r.rows[0]) == Strings{"a", "b", "c"});
  CHECK(texts(r.rows[1]) == Strings{"1", "", "3"});
  CHECK(r.rows[1][2].line == 2);
  CHECK(r.columns[1][2] == 4);
}

TEST_CASE("the last row needs no line end", "[csv]") {
  const auto r = read_all("a,b\n1,2");
  REQUIRE(r.rows.size() == 2);
  CHECK(texts(r.rows[1]) == Strings{"1", "2"});
}

TEST_CASE("a trailing comma gives an empty last field", "[csv]") {
  const auto r = read_all("a,b,\n");
  REQUIRE(r.rows.size() == 1);
  CHECK(texts(r.rows[0]) == Strings{"a", "b", ""});
}

TEST_CASE("a quoted field may hold commas", "[csv]") {
  const auto r = read_all("x,\"Danmarks Tekniske Universitet, DTU\",y\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 1);
  CHECK(texts(r.rows[0]) == Strings{"x", "Danmarks Tekniske Universitet, DTU", "y"});
  CHECK(r.columns[0][1] == 3); // the field starts at its opening quote
  CHECK(r.columns[0][2] == 40);
}

TEST_CASE("a doubled quote inside a quoted field is one quote", "[csv]") {
  const auto r = read_all("\"she said \"\"hej\"\"\",\"\"\"\"\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 1);
  CHECK(texts(r.rows[0]) == Strings{"she said \"hej\"", "\""});
}

TEST_CASE("an empty quoted field is empty text", "[csv]") {
  const auto r = read_all("a,\"\",c\n");
  REQUIRE(r.diagnostics.all().empty());
  CHECK(texts(r.rows[0]) == Strings{"a", "", "c"});
}

TEST_CASE("a quoted field may span lines and later fields keep their own lines", "[csv]") {
  const auto r = read_all("id,text,after\n"
                          "k1,\"first\nsecond\nthird\",tail\n"
                          "k2,x,y\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[1][1].text == "first\nsecond\nthird");
  CHECK(r.rows[1][1].line == 2);
  CHECK(r.columns[1][1] == 4);
  // "tail" starts on line 4, after `third",` (7 characters).
  CHECK(r.rows[1][2].text == "tail");
  CHECK(r.rows[1][2].line == 4);
  CHECK(r.columns[1][2] == 8);
  CHECK(r.rows[2][0].line == 5);
  CHECK(r.rows[2][2].line == 5);
  CHECK(r.columns[2][2] == 6);
}

TEST_CASE("a byte-order mark is accepted and not part of the first field", "[csv]") {
  const auto r = read_all("\xEF\xBB\xBFid,label@da\nk,v\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].text == "id");
  CHECK(r.columns[0][0] == 1);
  CHECK(r.columns[0][1] == 4);
}

TEST_CASE("CRLF line ends are accepted and not part of the fields", "[csv]") {
  const auto r = read_all("a,b\r\n1,2\r\n\"x\r\ny\",z\r\n");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 3);
  CHECK(texts(r.rows[0]) == Strings{"a", "b"});
  CHECK(texts(r.rows[1]) == Strings{"1", "2"});
  CHECK(r.rows[1][1].line == 2);
  CHECK(r.rows[2][1].line == 4);
  CHECK(r.columns[2][1] == 4);
}

TEST_CASE("a lone CR ends a row", "[csv]") {
  const auto r = read_all("a,b\r1,2\r");
  REQUIRE(r.diagnostics.all().empty());
  REQUIRE(r.rows.size() == 2);
  CHECK(texts(r.rows[1]) == Strings{"1", "2"});
  CHECK(r.rows[1][0].line == 2);
}

TEST_CASE("lone CRs count as line ends inside quotes and for invalid UTF-8", "[csv]") {
  const auto r = read_all("a,b\r\"x\ry\",z\r\xE6,b\r");
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[1][1].line == 3);
  CHECK(r.columns[1][1] == 4);
  CHECK(r.rows[2][0].line == 4);
  REQUIRE(r.diagnostics.error_count() == 1);
  CHECK(r.diagnostics.all().front().where.line == 4);
  CHECK(r.diagnostics.all().front().where.column == 1);
}

TEST_CASE("empty lines are skipped and do not shift line numbers", "[csv]") {
  Diagnostics diagnostics;
  const std::string text = "a,b\n\n\r\n1,2\n\n";
  CsvReader reader(text, "t.csv", diagnostics);
  std::vector<CsvField> row;
  REQUIRE(reader.next_row(row));
  CHECK(reader.row_line() == 1);
  REQUIRE(reader.next_row(row));
  CHECK(texts(row) == Strings{"1", "2"});
  CHECK(reader.row_line() == 4);
  CHECK(row[1].line == 4);
  CHECK_FALSE(reader.next_row(row));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("an unterminated quote is reported at the opening quote", "[csv]") {
  const auto r = read_all("a,b,c\n1,2,3\nx,\"never closed,z\nmore\n");
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.all().front();
  CHECK(d.where.file == "t.csv");
  CHECK(d.where.line == 3);
  CHECK(d.where.column == 3);
  CHECK_THAT(d.message, Catch::Contains("unterminated quoted field"));
}

TEST_CASE("text after a closing quote is reported where it starts", "[csv]") {
  const auto r = read_all("a,b\n\"ok\"junk,b\n");
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.all().front();
  CHECK(d.where.line == 2);
  CHECK(d.where.column == 5);
  CHECK_THAT(d.message, Catch::Contains("text after a closing quote"));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[1].size() == 2); // the reader goes on with the row
  CHECK(r.rows[1][1].text == "b");
}

TEST_CASE("a quote inside an unquoted field is reported at the quote", "[csv]") {
  const auto r = read_all("a,b\nx,12\" screen\n");
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.all().front();
  CHECK(d.where.line == 2);
  CHECK(d.where.column == 5);
  CHECK_THAT(d.message, Catch::Contains("a quote inside an unquoted field"));
}

TEST_CASE("invalid UTF-8 is reported with its line and column", "[csv]") {
  // 0xE6 is 'æ' in Latin-1: a lead byte not followed by a continuation byte.
  const auto r = read_all("a,b\nx,K\xE6rgaard\n");
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.all().front();
  CHECK(d.where.line == 2);
  CHECK(d.where.column == 4);
  CHECK_THAT(d.message, Catch::Contains("invalid UTF-8") && Catch::Contains("0xE6"));
}

TEST_CASE("every invalid UTF-8 sequence is reported, not just the first", "[csv]") {
  const auto r = read_all("\xFF,b\nx,\xC0\xAF\n");
  // 0xFF never occurs in UTF-8; C0 AF is an overlong '/', two invalid bytes.
  CHECK(r.diagnostics.error_count() == 3);
  CHECK(r.diagnostics.all().front().where.line == 1);
  CHECK(r.diagnostics.all().front().where.column == 1);
  CHECK(r.diagnostics.all().back().where.line == 2);
}

TEST_CASE("columns count characters, not bytes", "[csv]") {
  SECTION("of fields") {
    // "æøå" is 3 characters but 6 bytes.
    const auto r = read_all("æøå,næste\n");
    REQUIRE(r.diagnostics.all().empty());
    CHECK(r.columns[0][1] == 5);
  }
  SECTION("of errors") {
    const auto r = read_all("æøå,Ærø\"x\n");
    REQUIRE(r.diagnostics.error_count() == 1);
    CHECK(r.diagnostics.all().front().where.column == 8);
  }
  SECTION("of invalid UTF-8") {
    const auto r = read_all("æøå,\xE6\n");
    REQUIRE(r.diagnostics.error_count() == 1);
    CHECK(r.diagnostics.all().front().where.column == 5);
  }
}

TEST_CASE("an empty text has no rows", "[csv]") {
  CHECK(read_all("").rows.empty());
  CHECK(read_all("\xEF\xBB\xBF").rows.empty());
  CHECK(read_all("\n\r\n").rows.empty());
}
