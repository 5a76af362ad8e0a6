// Portal metadata: <meta> fields, a label matcher shared by disclosure-table detection and the
// row scanner (labels may be spaced out, "体  裁"), date and source value readers, and the
// split of a browser title into report title and site suffix.
#include "runtime/read/html/portal_meta.h"

#include <algorithm>
#include <bitset>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/source_align.h"

namespace verdict::read::html {
namespace {

constexpr int kNoKey = -1;
constexpr int kPublished = static_cast<int>(MetaKey::kPublished);
constexpr int kWritten = static_cast<int>(MetaKey::kWritten);
constexpr int kUpdated = static_cast<int>(MetaKey::kUpdated);
constexpr int kSource = static_cast<int>(MetaKey::kSource);

struct Label {
  std::string_view text;
  int key;    // MetaKey or kNoKey
  bool date;  // takes a date value (may be followed directly by a digit)
};

// Longer labels before their suffixes (信息来源 before 来源).
constexpr std::array<Label, 34> kLabels = {{
    {"发布日期", kPublished, true}, {"发布时间", kPublished, true}, {"发布于", kPublished, true},
    {"成文日期", kWritten, true},   {"发文日期", kWritten, true},   {"印发日期", kWritten, true},
    {"更新时间", kUpdated, true},   {"更新日期", kUpdated, true},   {"信息来源", kSource, false},
    {"文章来源", kSource, false},   {"稿件来源", kSource, false},   {"来源", kSource, false},
    {"索引号", kNoKey, false},      {"发布机构", kNoKey, false},    {"发文机关", kNoKey, false},
    {"发文单位", kNoKey, false},    {"发文字号", kNoKey, false},    {"文号", kNoKey, false},
    {"主题分类", kNoKey, false},    {"公开方式", kNoKey, false},    {"公开范围", kNoKey, false},
    {"公开类别", kNoKey, false},    {"公开时限", kNoKey, false},    {"所属类目", kNoKey, false},
    {"体裁", kNoKey, false},        {"机构名称", kNoKey, false},    {"主题词", kNoKey, false},
    {"组配分类", kNoKey, false},    {"信息分类", kNoKey, false},    {"有效性", kNoKey, false},
    {"效力状态", kNoKey, false},    {"生成日期", kNoKey, true},     {"文件编号", kNoKey, false},
    {"日期", kPublished, true},
}};

constexpr size_t kMaxSourceChars = 40;
constexpr size_t kMinDateDigits = 6;
constexpr uint32_t kMaxMetaRowChars = 150;
constexpr size_t kDateLeadWindow = 24;  // bytes in which a row's leading date must sit

bool IsColon(uint32_t cp) { return cp == ':' || cp == 0xFF1A; }
bool IsDigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

// End of `label` matched at text[pos], allowing whitespace between its characters; npos if no
// match.
size_t MatchLabel(std::string_view text, size_t pos, std::string_view label) {
  size_t t = pos;
  for (size_t l = 0; l < label.size();) {
    const CodePoint want = DecodeCodePoint(label, l);
    if (l > 0) {
      while (t < text.size()) {
        const CodePoint cp = DecodeCodePoint(text, t);
        if (!IsCollapsibleSpace(cp.value)) break;
        t += cp.length;
      }
    }
    if (text.substr(t, want.length) != label.substr(l, want.length)) return std::string_view::npos;
    t += want.length;
    l += want.length;
  }
  return t;
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const CodePoint cp = DecodeCodePoint(text, pos);
    if (!IsCollapsibleSpace(cp.value)) break;
    pos += cp.length;
  }
  return pos;
}

// The three bytes at text[pos] as one number (pos + 3 <= text.size()).
uint32_t Code3(std::string_view text, size_t pos) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(text[pos])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(text[pos + 1])) << 8) |
         static_cast<unsigned char>(text[pos + 2]);
}

struct LabelHit {
  const Label* label = nullptr;
  size_t value = 0;  // where the value starts (after spaces and colon)
};

// A 24-bit UTF-8 code folded to 16 bits.
inline uint32_t Fold(uint32_t code) { return (code ^ (code >> 8)) & 0xFFFFu; }

// The first characters of the labels, as folded 24-bit UTF-8 codes: one lookup turns away
// nearly every other character.
const std::bitset<65536>& LabelStarts() {
  static const std::bitset<65536> starts = [] {
    std::bitset<65536> bits;
    for (const Label& label : kLabels) bits.set(Fold(Code3(label.text, 0)));
    return bits;
  }();
  return starts;
}

// The label standing at text[pos], if any: preceded by a non-ideograph (or nothing) and
// followed by a colon, the end of the text, or, for dates, a digit.
LabelHit LabelAt(std::string_view text, size_t pos, uint32_t previous_cp) {
  // Every label starts with a CJK ideograph (three bytes, lead E4..E9).
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0xE4 || lead > 0xE9 || text.size() - pos < 3 || IsCjkIdeograph(previous_cp)) {
    return {};
  }
  const uint32_t first = Code3(text, pos);
  if (!LabelStarts()[Fold(first)]) return {};
  // Labels are two or more three-byte characters: unless whitespace follows the first one,
  // the second must be there as it is.
  const std::string_view second = text.substr(pos + 3, 3);
  const bool spaced = !second.empty() && IsCollapsibleSpace(DecodeCodePoint(text, pos + 3).value);
  static const std::array<uint32_t, kLabels.size()> kFirst = [] {
    std::array<uint32_t, kLabels.size()> codes{};
    for (size_t k = 0; k < kLabels.size(); ++k) codes[k] = Code3(kLabels[k].text, 0);
    return codes;
  }();
  for (size_t l = 0; l < kLabels.size(); ++l) {
    if (kFirst[l] != first) continue;
    const Label& label = kLabels[l];
    if (!spaced && second != label.text.substr(3, 3)) continue;
    const size_t end = MatchLabel(text, pos, label.text);
    if (end == std::string_view::npos) continue;
    size_t k = SkipSpaces(text, end);
    if (k >= text.size()) return {&label, k};
    const CodePoint next = DecodeCodePoint(text, k);
    if (IsColon(next.value)) return {&label, SkipSpaces(text, k + next.length)};
    if (label.date && IsDigit(next.value)) return {&label, k};
    return {};
  }
  return {};
}

// A date value at text[pos..]: digits and date separators (a single space may join date and
// time); its byte length, or 0 when it is not a date.
size_t DateLength(std::string_view text, size_t pos) {
  size_t k = pos;
  size_t end = pos;
  size_t digits = 0;
  while (k < text.size()) {
    const CodePoint cp = DecodeCodePoint(text, k);
    const uint32_t c = cp.value;
    if (IsDigit(c)) {
      ++digits;
      end = k + cp.length;
    } else if (c == ' ') {
      if (k + 1 >= text.size() || !IsDigit(static_cast<unsigned char>(text[k + 1]))) break;
    } else if (c == 0x5E74 || c == 0x6708 || c == 0x65E5) {  // 年 月 日
      end = k + cp.length;
    } else if (c != '-' && c != '/' && c != '.' && c != ':') {
      break;
    }
    k += cp.length;
  }
  return digits >= kMinDateDigits ? end - pos : 0;
}

// A source value at text[pos..]: up to the next space, bar, bracket or label.
size_t SourceLength(std::string_view text, size_t pos) {
  size_t k = pos;
  size_t chars = 0;
  uint32_t previous = 0;
  while (k < text.size() && chars < kMaxSourceChars) {
    const CodePoint cp = DecodeCodePoint(text, k);
    const uint32_t c = cp.value;
    if (IsCollapsibleSpace(c) || c == '|' || c == 0xFF5C || c == 0x3010 || c == '[' || c == '(' ||
        c == 0xFF08) {
      break;
    }
    if (k > pos && LabelAt(text, k, previous).label != nullptr) break;
    previous = c;
    ++chars;
    k += cp.length;
  }
  return k - pos;
}

bool IsBullet(uint32_t cp) {
  return cp == 0x2022 || cp == 0x00B7 || cp == 0x25CF || cp == 0x25A0 || cp == 0x25C6 ||
         cp == '-' || cp == '*' || cp == 0x30FB || cp == 0xFF0E;
}

const GumboAttribute* FindAttribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  return gumbo_get_attribute(&node->v.element.attributes, name);
}

// The value of `attr` with the page offset of every byte.
void ReadAttribute(const GumboAttribute& attr, const PageTree& tree, MetaField& out) {
  const std::string_view value = attr.value != nullptr ? attr.value : "";
  std::string_view raw = tree.SourceSpan(attr.original_value);
  uint32_t base = tree.SourceOffset(attr.value_start.offset);
  if (raw.data() != nullptr) {
    base = static_cast<uint32_t>(raw.data() - tree.source().data());
    if (!raw.empty() && (raw.front() == '"' || raw.front() == '\'')) {
      raw = raw.substr(
          1, raw.size() >= 2 && raw.back() == raw.front() ? raw.size() - 2 : raw.size() - 1);
      ++base;
    }
  }
  std::vector<uint32_t> offsets;
  AlignToSource(value, raw, base, offsets);
  out = MetaField();
  AppendCollapsed(value, offsets.data(), 0, value.size(), out);
}

}  // namespace

void AppendCollapsed(std::string_view text, const uint32_t* source, size_t begin, size_t end,
                     MetaField& out) {
  bool pending = false;
  uint32_t pending_source = 0;
  const size_t start_size = out.value.size();
  for (size_t i = begin; i < end;) {
    const CodePoint cp = DecodeCodePoint(text, i);
    if (IsCollapsibleSpace(cp.value)) {
      if (!pending) pending_source = source[i];
      pending = true;
    } else {
      if (pending && out.value.size() > start_size) {
        out.value.push_back(' ');
        out.source.push_back(pending_source);
      }
      pending = false;
      out.value.append(text.substr(i, cp.length));
      out.source.insert(out.source.end(), cp.length, source[i]);
    }
    i += cp.length;
  }
}

MetaTags ReadMetaTags(const PageTree& tree) {
  MetaTags tags;
  for (uint32_t i = 0; i < tree.size(); ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text || node.tag != GUMBO_TAG_META) continue;
    const GumboAttribute* name = FindAttribute(node.gumbo, "name");
    const GumboAttribute* content = FindAttribute(node.gumbo, "content");
    if (name == nullptr || content == nullptr || name->value == nullptr) continue;
    const std::string key = AsciiLower(CollapseSpaces(name->value));
    MetaField* field = nullptr;
    if (key == "articletitle") {
      field = &tags.title;
    } else if (key == "pubdate" || key == "publishdate") {
      field = &tags.published;
    } else if (key == "contentsource") {
      field = &tags.source;
    } else if (key == "sitename") {
      field = &tags.site;
    } else if (key == "columnname") {
      field = &tags.column;
    }
    if (field == nullptr || field->found()) continue;
    ReadAttribute(*content, tree, *field);
  }
  return tags;
}

MetaField ReadTitleElement(const PageTree& tree) {
  MetaField title;
  const uint32_t element = tree.title_element();
  if (element == kNoNode) return title;
  std::vector<uint32_t> offsets;
  for (uint32_t i = element + 1; i < tree.node(element).end; ++i) {
    if (!tree.node(i).is_text) continue;
    const std::string_view text = tree.Text(i);
    AlignToSource(text, tree.RawText(i), tree.RawOffset(i), offsets);
    if (!title.value.empty()) {
      title.value.push_back(' ');
      title.source.push_back(offsets.empty() ? tree.RawOffset(i) : offsets.front());
    }
    AppendCollapsed(text, offsets.data(), 0, text.size(), title);
  }
  return title;
}

// Moves past the character at text[i] (valid UTF-8), noting whether it is a CJK ideograph:
// the common three-byte ideographs (leads E4..E9, all but the hexagrams E4 B7 xx) without
// decoding them.
inline size_t PastCharacter(std::string_view text, size_t i, bool& ideograph) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    ideograph = false;
    return i + 1;
  }
  if (lead >= 0xE4 && lead <= 0xE9 && text.size() - i >= 3) {
    ideograph = lead != 0xE4 || static_cast<unsigned char>(text[i + 1]) != 0xB7;
    return i + 3;
  }
  const CodePoint cp = DecodeCodePoint(text, i);
  ideograph = IsCjkIdeograph(cp.value);
  return i + cp.length;
}

// The label at text[i] when one may start there: labels start with an ideograph that does not
// follow another, and with one of a few (LabelAt's first tests, inline for the loops that ask
// at every character).
inline LabelHit LabelAfter(std::string_view text, size_t i, bool after_ideograph) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (after_ideograph || lead < 0xE4 || lead > 0xE9 || text.size() - i < 3 ||
      !LabelStarts()[Fold(Code3(text, i))]) {
    return {};
  }
  return LabelAt(text, i, 0);
}

uint32_t CountDisclosureLabels(std::string_view text) {
  uint32_t count = 0;
  bool ideograph = false;  // the character before i
  for (size_t i = 0; i < text.size();) {
    const LabelHit hit = LabelAfter(text, i, ideograph);
    if (hit.label != nullptr) {
      ++count;
      i = std::max(hit.value, i + 1);
      ideograph = false;  // a colon or the end
      continue;
    }
    i = PastCharacter(text, i, ideograph);
  }
  return count;
}

bool IsMetadataRow(std::string_view line) {
  if (CountVisibleChars(line) > kMaxMetaRowChars) return false;
  size_t pos = 0;
  while (pos < line.size()) {
    const CodePoint cp = DecodeCodePoint(line, pos);
    if (!IsCollapsibleSpace(cp.value) && !IsBullet(cp.value)) break;
    pos += cp.length;
  }
  if (pos >= line.size()) return false;
  if (LabelAt(line, pos, 0).label != nullptr) return true;
  // "2024-03-06 10:40 来源：…": a leading date, then labels.
  if (!IsDigit(static_cast<unsigned char>(line[pos]))) return false;
  const size_t date = DateLength(line, pos);
  if (date == 0 || date > kDateLeadWindow) return false;
  return CountDisclosureLabels(line.substr(pos + date)) > 0;
}

bool LabelScanner::TakeValue(int key, std::string_view text, const uint32_t* source, size_t pos) {
  const size_t length = key == kSource ? SourceLength(text, pos) : DateLength(text, pos);
  if (length == 0) return false;
  MetaField& field = fields_[static_cast<size_t>(key)];
  if (field.found() && !nearest_wins_) return true;
  field = MetaField();
  AppendCollapsed(text, source, pos, pos + length, field);
  return true;
}

void LabelScanner::Scan(std::string_view text, const uint32_t* source) {
  size_t i = SkipSpaces(text, 0);
  if (pending_ != kNoKey && i < text.size()) {
    const int key = pending_;
    pending_ = kNoKey;
    if (LabelAt(text, i, 0).label == nullptr) TakeValue(key, text, source, i);
  }
  bool ideograph = false;  // the character before i
  while (i < text.size()) {
    const LabelHit hit = LabelAfter(text, i, ideograph);
    if (hit.label == nullptr) {
      i = PastCharacter(text, i, ideograph);
      continue;
    }
    ideograph = false;  // a colon or the end
    if (hit.label->key != kNoKey) {
      if (hit.value >= text.size()) {
        pending_ = hit.label->key;
      } else {
        TakeValue(hit.label->key, text, source, hit.value);
      }
    } else if (hit.value >= text.size()) {
      pending_ = kNoKey;  // a label cell of no interest: its value cell is skipped
    }
    i = std::max(hit.value, i + 1);
  }
}

std::pair<size_t, size_t> TitleCore(std::string_view title) {
  std::vector<std::pair<size_t, size_t>> segments;
  size_t start = 0;
  int depth = 0;
  uint32_t previous = 0;
  for (size_t i = 0; i < title.size();) {
    const CodePoint cp = DecodeCodePoint(title, i);
    const uint32_t c = cp.value;
    if (c == '(' || c == 0xFF08 || c == '[' || c == 0x3010 || c == 0x300A) ++depth;
    if ((c == ')' || c == 0xFF09 || c == ']' || c == 0x3011 || c == 0x300B) && depth > 0) --depth;
    bool split = false;
    if (depth == 0) {
      if (c == '_' || c == '|' || c == 0xFF5C || c == 0xFF3F) {
        split = true;
      } else if (c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D) {
        // Not inside "2021-2025" and the like.
        const size_t next = i + cp.length;
        const bool digit_after =
            next < title.size() && IsDigit(static_cast<unsigned char>(title[next]));
        split = !(IsDigit(previous) && digit_after);
      }
    }
    if (split) {
      segments.emplace_back(start, i);
      start = i + cp.length;
    }
    previous = c;
    i += cp.length;
  }
  segments.emplace_back(start, title.size());

  std::pair<size_t, size_t> best{0, 0};
  size_t best_chars = 0;
  for (auto [b, e] : segments) {
    // Trim spaces.
    while (b < e && title[b] == ' ') ++b;
    while (e > b && title[e - 1] == ' ') --e;
    const std::string_view segment = title.substr(b, e - b);
    if (segment.empty() || LooksLikeSiteName(segment)) continue;
    const size_t chars = CountVisibleChars(segment);
    if (chars > best_chars) {
      best = {b, e};
      best_chars = chars;
    }
  }
  if (best_chars == 0) return {0, title.size()};
  return best;
}

bool LooksLikeSiteName(std::string_view text) {
  if (text.find("报告") != std::string_view::npos) return false;
  constexpr std::array<std::string_view, 9> kEndings = {
      "网站", "门户", "门户网", "政府网", "网", "人民政府", "政府", "首页", "官网"};
  for (std::string_view ending : kEndings) {
    if (text.ends_with(ending)) return true;
  }
  return text.find("门户网站") != std::string_view::npos;
}

}  // namespace verdict::read::html
