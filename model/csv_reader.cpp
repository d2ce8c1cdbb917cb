#include "model/csv_reader.hpp"

#include "model/utf8.hpp"

#include <array>

namespace vidensgraf {
namespace {

/// True when data[i] ends a line: LF, or a CR not followed by LF (a lone CR, as between rows).
bool is_line_end(std::string_view data, std::size_t i) noexcept {
  return data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.size() || data[i + 1] != '\n'));
}

/// True for the bytes that end an unquoted field or are errors in one: a table lookup, because
/// this test runs on every byte of every table.
bool is_special(char c) noexcept {
  static constexpr auto table = [] {
    std::array<bool, 256> t{};
    t[static_cast<unsigned char>(',')] = t[static_cast<unsigned char>('\n')] = true;
    t[static_cast<unsigned char>('\r')] = t[static_cast<unsigned char>('"')] = true;
    return t;
  }();
  return table[static_cast<unsigned char>(c)];
}

} // namespace

CsvReader::CsvReader(std::string_view data, std::string file, Diagnostics& diagnostics)
    : data_(data), file_(std::move(file)), diagnostics_(diagnostics) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = text_start_ = 3; // byte-order mark: accepted
  report_invalid_utf8();
}

void CsvReader::report_invalid_utf8() {
  // Report each invalid sequence with its position; the values holding one are rejected by the
  // loader, so nothing invalid reaches the model. Valid files (nearly all) need one pass and
  // no line counting.
  if (valid_utf8_prefix(data_.substr(pos_)) == data_.size() - pos_) return;
  std::size_t offset = pos_;
  std::uint32_t line = 1;
  std::size_t line_start = pos_;
  int reported = 0;
  while (offset < data_.size()) {
    const auto valid = valid_utf8_prefix(data_.substr(offset));
    for (std::size_t i = offset; i < offset + valid; ++i)
      if (is_line_end(data_, i)) {
        ++line;
        line_start = i + 1;
      }
    offset += valid;
    if (offset >= data_.size()) break;
    if (++reported <= 20) {
      const auto column = static_cast<std::uint32_t>(utf8_length(data_.substr(line_start, offset - line_start)) + 1);
      diagnostics_.error({file_, line, column},
                         "invalid UTF-8 (byte 0x" +
                             std::string(1, "0123456789ABCDEF"[(static_cast<unsigned char>(data_[offset]) >> 4)]) +
                             std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(data_[offset]) & 15]) +
                             "); save the file as UTF-8");
    }
    ++offset;
  }
  if (reported > 20)
    diagnostics_.error({file_, 0, 0}, std::to_string(reported - 20) + " more invalid UTF-8 sequences not shown");
}

std::uint32_t CsvReader::column_at(std::size_t offset) const noexcept {
  // The line starts after the last line end before `offset` (a CRLF ends in LF; a lone CR counts).
  std::size_t line_start = offset;
  while (line_start > text_start_ && data_[line_start - 1] != '\n' && data_[line_start - 1] != '\r')
    --line_start;
  return static_cast<std::uint32_t>(utf8_length(data_.substr(line_start, offset - line_start)) + 1);
}

// Long on purpose: it is the reader's state machine (the empty lines between rows, a quoted
// field and what may follow its closing quote, an unquoted field, the end of a field or row),
// whose cases read best side by side; split, each piece would take the position, the line and
// the row under construction.
bool CsvReader::next_row(std::vector<CsvField>& row) {
  std::size_t count = 0;
  const auto n = data_.size();
  // Skip empty lines between rows.
  while (pos_ < n && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\r' && pos_ + 1 < n && data_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }
  if (pos_ >= n) return false;
  row_line_ = line_;

  while (true) {
    if (count == row.size()) row.emplace_back();
    CsvField& field = row[count++];
    field.text.clear();
    field.line = line_;
    field.offset = pos_;

    if (pos_ < n && data_[pos_] == '"') {
      const std::uint32_t open_line = line_, open_column = column_at(field.offset);
      ++pos_;
      bool closed = false;
      while (pos_ < n) {
        const auto next_quote = data_.find('"', pos_);
        const auto end = next_quote == std::string_view::npos ? n : next_quote;
        for (std::size_t i = pos_; i < end; ++i)
          if (is_line_end(data_, i)) ++line_;
        field.text.append(data_.substr(pos_, end - pos_));
        pos_ = end;
        if (pos_ >= n) break;
        if (pos_ + 1 < n && data_[pos_ + 1] == '"') { // doubled quote
          field.text.push_back('"');
          pos_ += 2;
          continue;
        }
        ++pos_;
        closed = true;
        break;
      }
      if (!closed) {
        diagnostics_.error({file_, open_line, open_column},
                           "unterminated quoted field: the quote opened here is never closed (double a quote "
                           "inside a quoted field: \"\")");
        row.resize(count);
        return true;
      }
      // After the closing quote only a separator or a line end may follow.
      if (pos_ < n && data_[pos_] != ',' && data_[pos_] != '\n' && data_[pos_] != '\r') {
        diagnostics_.error({file_, line_, column_at(pos_)},
                           "text after a closing quote; quote the whole field and double the quotes inside it");
        while (pos_ < n && data_[pos_] != ',' && data_[pos_] != '\n' && data_[pos_] != '\r')
          field.text.push_back(data_[pos_++]);
      }
    } else {
      const auto start = pos_;
      while (true) {
        while (pos_ < n && !is_special(data_[pos_]))
          ++pos_;
        if (pos_ >= n || data_[pos_] != '"') break;
        diagnostics_.error({file_, line_, column_at(pos_)},
                           "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
        ++pos_;
      }
      field.text.assign(data_.substr(start, pos_ - start));
    }

    if (pos_ < n && data_[pos_] == ',') {
      ++pos_;
      continue;
    }
    // End of row: LF, CRLF, a lone CR, or the end of the data.
    if (pos_ < n) {
      if (data_[pos_] == '\r' && pos_ + 1 < n && data_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
      ++line_;
    }
    row.resize(count);
    return true;
  }
}

} // namespace vidensgraf
