#include "cli/json_writer.h"

#include <charconv>

#include "runtime/text/utf8.h"

namespace verdict::cli {

void AppendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no escaping in one append.
    size_t run = i;
    while (run < s.size()) {
      const auto c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\') break;
      if (c >= 0x80) {
        if (const size_t cjk = text::CjkRunEnd(s, run); cjk > run) {
          run = cjk;
          continue;
        }
        const text::Utf8Sequence seq = text::ClassifyUtf8(s, run);
        if (seq.status != text::Utf8Status::kValid) break;
        run += seq.length;
      } else {
        ++run;
      }
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out += "\xEF\xBF\xBD";  // an invalid UTF-8 byte: U+FFFD, as nlohmann's "replace"
        }
    }
    ++i;
  }
  out.push_back('"');
}

void JsonWriter::NewLine() {
  out_.push_back('\n');
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  NewLine();
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(out_, key);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

void JsonWriter::Scalar(std::string_view literal) {
  BeforeValue();
  out_ += literal;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(out_, s);
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out_.append(buffer, end);
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_.push_back(bracket);
  empty_.push_back(true);
  ++depth_;
}

void JsonWriter::Close(char bracket) {
  --depth_;
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) NewLine();
  out_.push_back(bracket);
}

}  // namespace verdict::cli
