// Parses w:abstractNum / w:num definitions and replays their counters paragraph by paragraph:
// Word's restart rules (deeper levels restart when a higher level advances, w:lvlRestart,
// w:startOverride) and label rendering from w:lvlText with each level's w:numFmt.
#include "runtime/read/docx/numbering.h"

#include <algorithm>
#include <pugixml.hpp>
#include <string_view>
#include <utility>

#include "runtime/read/docx/number_format.h"
#include "runtime/read/docx/ooxml_names.h"

namespace verdict::read::docx {
namespace {

constexpr int kMaxStyleLinks = 4;
constexpr int64_t kMaxCounter = int64_t{1} << 40;

std::optional<int64_t> ValueIn(const char* value, int64_t lo, int64_t hi) {
  const std::optional<int64_t> parsed = ParseInteger(value);
  if (!parsed) return std::nullopt;
  return std::clamp(*parsed, lo, hi);
}

// Appends `piece` to `out` without letting `out` grow past `cap` bytes, cutting only before a
// UTF-8 lead byte.
void AppendCapped(std::string_view piece, size_t cap, std::string& out) {
  if (out.size() >= cap) return;
  size_t take = std::min(piece.size(), cap - out.size());
  while (take > 0 && take < piece.size() &&
         (static_cast<unsigned char>(piece[take]) & 0xC0) == 0x80) {
    --take;
  }
  out.append(piece.substr(0, take));
}

}  // namespace

Numbering Numbering::Parse(std::string xml, const StyleSheet& styles) {
  Numbering numbering;
  pugi::xml_document document;
  if (!document.load_buffer_inplace(xml.data(), xml.size(), XmlParseOptions())) {
    return numbering;
  }
  const pugi::xml_node root = document.document_element();
  const OoxmlNames names(root);

  const auto read_level = [&names](pugi::xml_node node) {
    Level level;
    level.defined = true;
    if (auto start = ValueIn(names.Val(names.Child(node, Ns::kWord, "start")), 0, kMaxCounter)) {
      level.start = *start;
    }
    pugi::xml_node format = names.Child(node, Ns::kWord, "numFmt");
    if (!format) {
      // Word 2010+ writes custom formats as mc:AlternateContent with a plain fallback.
      const pugi::xml_node alternate = names.Child(node, Ns::kMarkupCompat, "AlternateContent");
      format =
          names.Child(names.Child(alternate, Ns::kMarkupCompat, "Fallback"), Ns::kWord, "numFmt");
    }
    if (const char* value = names.Val(format)) level.num_fmt = value;
    if (const char* text = names.Val(names.Child(node, Ns::kWord, "lvlText"))) level.text = text;
    if (const pugi::xml_node restart = names.Child(node, Ns::kWord, "lvlRestart")) {
      level.restart = static_cast<int>(ValueIn(names.Val(restart), 0, 9).value_or(-1));
    }
    if (const pugi::xml_node legal = names.Child(node, Ns::kWord, "isLgl")) {
      level.legal = IsOn(names.Val(legal));
    }
    if (const char* suffix = names.Val(names.Child(node, Ns::kWord, "suff"))) {
      level.suffix_space = std::string_view(suffix) != "nothing";
    }
    return level;
  };
  const auto level_index = [&names](pugi::xml_node node) {
    return ValueIn(names.Attribute(node, Ns::kWord, "ilvl"), -1, 9).value_or(-1);
  };

  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (names.Is(node, Ns::kWord, "abstractNum")) {
      const auto id = ParseInteger(names.Attribute(node, Ns::kWord, "abstractNumId"));
      if (!id || *id < INT32_MIN || *id > INT32_MAX) continue;
      Abstract definition;
      for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (names.Is(child, Ns::kWord, "lvl")) {
          const int64_t ilvl = level_index(child);
          if (ilvl >= 0 && ilvl < 9)
            definition.levels[static_cast<size_t>(ilvl)] = read_level(child);
        } else if (names.Is(child, Ns::kWord, "numStyleLink")) {
          if (const char* link = names.Val(child)) definition.num_style_link = link;
        }
      }
      numbering.abstracts_.emplace(static_cast<int>(*id), std::move(definition));
    } else if (names.Is(node, Ns::kWord, "num")) {
      const auto id = ParseInteger(names.Attribute(node, Ns::kWord, "numId"));
      const auto abstract_id =
          ParseInteger(names.Val(names.Child(node, Ns::kWord, "abstractNumId")));
      if (!id || !abstract_id || *id <= 0 || *id > INT32_MAX || *abstract_id < INT32_MIN ||
          *abstract_id > INT32_MAX) {
        continue;
      }
      Instance instance;
      instance.abstract_id = static_cast<int>(*abstract_id);
      for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (!names.Is(child, Ns::kWord, "lvlOverride")) continue;
        const int64_t ilvl = level_index(child);
        if (ilvl < 0 || ilvl >= 9) continue;
        const auto slot = static_cast<size_t>(ilvl);
        if (const pugi::xml_node start = names.Child(child, Ns::kWord, "startOverride")) {
          instance.start_override[slot] = ValueIn(names.Val(start), 0, kMaxCounter);
        }
        if (const pugi::xml_node level = names.Child(child, Ns::kWord, "lvl")) {
          instance.level_override[slot] = read_level(level);
        }
      }
      numbering.instances_.emplace(static_cast<int>(*id), std::move(instance));
    }
  }

  // An abstract definition that only says w:numStyleLink takes its levels from the list the
  // named numbering style uses; follow a few such links.
  for (auto& [id, instance] : numbering.instances_) {
    for (int hop = 0; hop < kMaxStyleLinks; ++hop) {
      const auto definition = numbering.abstracts_.find(instance.abstract_id);
      if (definition == numbering.abstracts_.end() || definition->second.num_style_link.empty()) {
        break;
      }
      const std::optional<int> linked = styles.StyleNumId(definition->second.num_style_link);
      const auto target = linked ? numbering.instances_.find(*linked) : numbering.instances_.end();
      if (target == numbering.instances_.end() ||
          target->second.abstract_id == instance.abstract_id) {
        break;
      }
      instance.abstract_id = target->second.abstract_id;
    }
  }
  return numbering;
}

const Numbering::Level& Numbering::LevelOf(const Instance& instance, const Abstract& definition,
                                           int ilvl) const {
  const auto slot = static_cast<size_t>(ilvl);
  if (instance.level_override[slot]) return *instance.level_override[slot];
  return definition.levels[slot];
}

int64_t Numbering::StartOf(const Instance& instance, const Abstract& definition, int ilvl) const {
  const auto slot = static_cast<size_t>(ilvl);
  if (instance.start_override[slot]) return *instance.start_override[slot];
  return LevelOf(instance, definition, ilvl).start;
}

std::string Numbering::Next(int num_id, int ilvl) {
  if (num_id <= 0 || ilvl < 0 || ilvl > 8) return "";
  const auto found = instances_.find(num_id);
  if (found == instances_.end()) return "";
  Instance& instance = found->second;
  const auto definition_it = abstracts_.find(instance.abstract_id);
  if (definition_it == abstracts_.end()) return "";
  const Abstract& definition = definition_it->second;
  Counters& counters = counters_[instance.abstract_id];

  if (!instance.used) {
    instance.used = true;
    for (size_t slot = 0; slot < 9; ++slot) {
      if (instance.start_override[slot] || instance.level_override[slot]) {
        counters.started[slot] = false;
      }
    }
  }
  const Level& level = LevelOf(instance, definition, ilvl);
  if (!level.defined) return "";
  const auto slot = static_cast<size_t>(ilvl);
  if (counters.started[slot]) {
    counters.value[slot] = std::min(counters.value[slot] + 1, kMaxCounter);
  } else {
    counters.value[slot] = StartOf(instance, definition, ilvl);
    counters.started[slot] = true;
  }
  for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
    const int restart = LevelOf(instance, definition, deeper).restart;
    // lvlRestart N (1-based) restarts this level after levels 1..N; the default is its own
    // index, i.e. after any higher level.
    if (restart < 0 || ilvl < restart) counters.started[static_cast<size_t>(deeper)] = false;
  }
  if (level.num_fmt == "bullet") return "";

  std::string label;
  const std::string_view text = level.text;
  for (size_t i = 0; i < text.size() && label.size() < kMaxLabelBytes;) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int referenced = text[i + 1] - '1';
      const auto ref_slot = static_cast<size_t>(referenced);
      const int64_t value = counters.started[ref_slot] ? counters.value[ref_slot]
                                                       : StartOf(instance, definition, referenced);
      const std::string_view format =
          level.legal ? std::string_view("decimal")
                      : std::string_view(LevelOf(instance, definition, referenced).num_fmt);
      AppendCapped(FormatNumber(format, value), kMaxLabelBytes, label);
      i += 2;
      continue;
    }
    const size_t next = std::min(text.find('%', i + 1), text.size());
    AppendCapped(text.substr(i, next - i), kMaxLabelBytes, label);
    i = next;
  }
  if (!label.empty() && level.suffix_space && label.back() != ' ' &&
      static_cast<unsigned char>(label.back()) < 0x80) {
    label.push_back(' ');
  }
  return label;
}

}  // namespace verdict::read::docx
