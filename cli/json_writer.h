// A small streaming JSON writer that appends pretty-printed JSON (two-space indent, the layout
// of nlohmann's dump(2)) to a string. The report is written per document without building a
// DOM: that tree of small allocations cost more than checking the document did.
#ifndef VERDICT_CLI_JSON_WRITER_H_
#define VERDICT_CLI_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::cli {

class JsonWriter {
 public:
  // Appends to `out`; `depth` is the nesting level the first value is written at.
  explicit JsonWriter(std::string& out, int depth = 0) : out_(out), depth_(depth) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Starts a member of the current object; the next call writes its value.
  JsonWriter& Key(std::string_view key);

  void String(std::string_view s);  // invalid UTF-8 is written as U+FFFD
  void Int(int64_t value);
  void Bool(bool value) { Scalar(value ? "true" : "false"); }
  void Null() { Scalar("null"); }
  void NullableString(std::string_view s) { s.empty() ? Null() : String(s); }

 private:
  void BeforeValue();
  void Scalar(std::string_view literal);
  void Open(char bracket);
  void Close(char bracket);
  void NewLine();

  std::string& out_;
  int depth_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

// Appends `s` as a JSON string literal, escaping like nlohmann (ensure_ascii off).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace verdict::cli

#endif  // VERDICT_CLI_JSON_WRITER_H_
