// Body assembly: appends lines and their offset maps in one pass (amortised linear), and
// builds the synthetic metadata line from mined fields.
#include "runtime/read/html/body_builder.h"

namespace verdict::read::html {
namespace {

void AppendLabelled(std::string_view label, const MetaField& value, MetaField& line) {
  if (!value.found()) return;
  const uint32_t at = value.source.front();
  line.value.append(label);
  line.source.insert(line.source.end(), label.size(), at);
  line.value.append(value.value);
  line.source.insert(line.source.end(), value.source.begin(), value.source.end());
}

}  // namespace

std::pair<uint32_t, uint32_t> BodyBuilder::AddLine(std::string_view text,
                                                  const uint32_t* source) {
  const auto begin = static_cast<uint32_t>(out_.body.size());
  out_.body.append(text);
  out_.body.push_back('\n');
  out_.body_to_original.insert(out_.body_to_original.end(), source, source + text.size());
  out_.body_to_original.push_back(text.empty() ? 0 : source[text.size() - 1]);
  return {begin, begin + static_cast<uint32_t>(text.size())};
}

MetaField ComposeMetaLine(const MetaField& published, const MetaField& written,
                          const MetaField& updated, const MetaField& source) {
  MetaField line;
  if (published.found()) {
    AppendLabelled("发布日期：", published, line);
  } else if (written.found()) {
    AppendLabelled("成文日期：", written, line);
  } else if (updated.found()) {
    AppendLabelled("更新时间：", updated, line);
  }
  if (source.found()) {
    if (!line.value.empty()) {
      const uint32_t at = source.source.front();
      line.value.append("  ");
      line.source.insert(line.source.end(), 2, at);
    }
    AppendLabelled("来源：", source, line);
  }
  return line;
}

}  // namespace verdict::read::html
