// A CSV (RFC 4180) reader that knows where every field is.
//
// Written by hand rather than with libcsv (Debian's libcsv-dev): validation must report every
// malformed row with its line and column and then go on, while libcsv stops at the first error
// and reports neither line nor column. The grammar is small (quotes, doubled quotes, CRLF/LF)
// and the reader is tested on each malformation in tests/model/csv_reader_test.cpp.
#pragma once

#include "model/diagnostics.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// One field of a row: its text (quotes removed, doubled quotes undone) and where it starts.
/// The column is not stored: counting characters for every field cost a tenth of a large load,
/// and a column is needed only for a message (CsvReader::at computes it from the offset).
struct CsvField {
  std::string text;
  std::uint32_t line = 0; ///< 1-based line of the field's first character
  std::size_t offset = 0; ///< byte offset of the field's first character in the data
};

/// Reads rows from CSV text held in memory. Accepts a UTF-8 byte-order mark, CRLF or LF line
/// ends, and quoted fields spanning lines. Reports, as errors in `diagnostics`, invalid UTF-8,
/// an unterminated quote, text after a closing quote and a quote inside an unquoted field.
class CsvReader {
public:
  /// `file` is the name used in diagnostics; `data` must outlive the reader.
  CsvReader(std::string_view data, std::string file, Diagnostics& diagnostics);

  /// Reads the next non-empty row into `row` (reusing its storage); false at the end.
  bool next_row(std::vector<CsvField>& row);
  /// Line on which the last row read starts.
  std::uint32_t row_line() const noexcept { return row_line_; }
  /// How many bytes of the data have been read.
  std::size_t position() const noexcept { return pos_; }
  /// The file name given at construction.
  const std::string& file() const noexcept { return file_; }
  /// A location in this file.
  Location at(std::uint32_t line, std::uint32_t column) const { return {file_, line, column}; }
  /// Where a field read by this reader starts (file, line and 1-based column in characters).
  Location at(const CsvField& field) const { return {file_, field.line, column_at(field.offset)}; }
  /// The 1-based column, in characters, of the byte at `offset` on its line.
  std::uint32_t column_at(std::size_t offset) const noexcept;

private:
  void report_invalid_utf8();

  std::string_view data_;
  std::string file_;
  Diagnostics& diagnostics_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t row_line_ = 0;
  std::size_t text_start_ = 0; ///< 3 after a byte-order mark, else 0
};

} // namespace vidensgraf
