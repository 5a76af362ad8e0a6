// Builds the single Hyperscan database of a rule set, validates single expressions for the
// compiler, and scans normalized text, collecting raw (atom, begin, end) reports.
// All Hyperscan handles are owned by unique_ptrs so no error path leaks them.
#include "runtime/scan/matcher_database.h"

#include <hs/hs.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace verdict::scan {

const unsigned MatcherDatabase::kFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SOM_LEFTMOST;
// Block mode only: Hyperscan rejects HS_MODE_SOM_HORIZON_* outside streaming mode ("may only
// be set in streaming mode"); in block mode start offsets are always exact.
const unsigned MatcherDatabase::kMode = HS_MODE_BLOCK;

namespace {

// Owns a compile error so every return path releases it.
struct CompileErrorDeleter {
  void operator()(hs_compile_error_t* error) const { hs_free_compile_error(error); }
};
using CompileErrorPtr = std::unique_ptr<hs_compile_error_t, CompileErrorDeleter>;

// Hyperscan takes C strings, so an embedded NUL would silently cut the expression short.
bool HasNul(const std::string& expression) { return expression.find('\0') != std::string::npos; }

constexpr char kNulMessage[] = "expression contains a NUL byte";

// Contract violations (foreign scratch, oversized text) are bugs in the caller, not document
// problems; continuing would silently lose matches, so stop loudly.
[[noreturn]] void Die(const char* what) {
  std::fprintf(stderr, "verdict::scan: %s\n", what);
  std::abort();
}

// State shared with the match callback during one Scan().
struct ScanContext {
  std::vector<RawMatch>* out;
  std::vector<size_t>* last;  // per atom: index in *out of its latest report, or SIZE_MAX
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
            void* context) {
  auto* ctx = static_cast<ScanContext*>(context);
  // Only a database loaded from outside (a cache entry) could report an id past the atom list.
  if (id >= ctx->last->size()) return 0;
  auto begin = static_cast<uint32_t>(from);
  auto end = static_cast<uint32_t>(to);
  size_t& last = (*ctx->last)[id];
  if (last != SIZE_MAX && (*ctx->out)[last].begin == begin) {
    // Same atom, same start, later end: the longer match dominates the shorter one.
    RawMatch& kept = (*ctx->out)[last];
    if (end > kept.end) kept.end = end;
    return 0;
  }
  last = ctx->out->size();
  ctx->out->push_back(RawMatch{id, begin, end});
  return 0;
}

}  // namespace

void Scratch::Free::operator()(hs_scratch* scratch) const { hs_free_scratch(scratch); }

void MatcherDatabase::FreeDatabase::operator()(hs_database* database) const {
  hs_free_database(database);
}

Result<MatcherDatabase, ScanError> MatcherDatabase::Build(const std::vector<ruleset::Atom>& atoms) {
  MatcherDatabase result;
  if (atoms.empty()) return result;  // nothing to compile; Scan() will report nothing
  if (atoms.size() > UINT_MAX) return Err{ScanError{"too many atoms", -1}};

  std::vector<const char*> expressions;
  std::vector<unsigned> flags(atoms.size(), kFlags);
  std::vector<unsigned> ids;
  expressions.reserve(atoms.size());
  ids.reserve(atoms.size());
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (HasNul(atoms[i].expression)) {
      return Err{ScanError{kNulMessage, static_cast<int>(i)}};
    }
    expressions.push_back(atoms[i].expression.c_str());
    ids.push_back(static_cast<unsigned>(i));
  }

  hs_database_t* database = nullptr;
  hs_compile_error_t* raw_error = nullptr;
  hs_error_t status =
      hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(atoms.size()), kMode, nullptr, &database, &raw_error);
  CompileErrorPtr error(raw_error);
  if (status != HS_SUCCESS) {
    ScanError failure{error ? error->message : "hs_compile_multi failed", -1};
    if (error) failure.atom = error->expression;
    return Err{std::move(failure)};
  }
  return Adopt(database, static_cast<uint32_t>(atoms.size()));
}

Result<MatcherDatabase, ScanError> MatcherDatabase::Adopt(hs_database* database,
                                                          uint32_t atom_count) {
  MatcherDatabase result;
  result.database_.reset(database);
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
    return Err{ScanError{"could not allocate matcher scratch space", -1}};
  }
  result.prototype_.scratch_.reset(scratch);
  result.prototype_.owner_ = database;
  result.atom_count_ = atom_count;
  return result;
}

std::optional<std::string> MatcherDatabase::Serialize() const {
  if (empty()) return std::nullopt;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(database_.get(), &bytes, &length) != HS_SUCCESS) return std::nullopt;
  std::string out(bytes, length);
  std::free(bytes);  // Hyperscan's misc allocator, malloc by default
  return out;
}

Result<MatcherDatabase, ScanError> MatcherDatabase::Deserialize(std::string_view bytes,
                                                                uint32_t atom_count) {
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &database) != HS_SUCCESS) {
    return Err{ScanError{"not a matcher database for this Hyperscan build", -1}};
  }
  return Adopt(database, atom_count);
}

std::optional<std::string> MatcherDatabase::Validate(const std::string& expression) {
  if (HasNul(expression)) return std::string(kNulMessage);
  // hs_expression_info parses and analyses the expression with the same flags (syntax,
  // unsupported constructs, empty matches) without building a database: a full compile here
  // would double the start-up, since Build() compiles the whole set again anyway.
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* raw_error = nullptr;
  hs_error_t status = hs_expression_info(expression.c_str(), kFlags, &info, &raw_error);
  CompileErrorPtr error(raw_error);
  if (status != HS_SUCCESS) {
    return std::string(error ? error->message : "hs_expression_info failed");
  }
  // Hyperscan rejects empty matches only when building a database; say so here already.
  const bool matches_empty = info != nullptr && info->min_width == 0;
  std::free(info);  // allocated with Hyperscan's misc allocator, which defaults to malloc
  if (matches_empty)
    return std::string("expression can match empty text, so it would match everywhere");
  return std::nullopt;
}

Result<Scratch, ScanError> MatcherDatabase::NewScratch() const {
  Scratch scratch;
  if (empty()) return scratch;
  hs_scratch_t* clone = nullptr;
  if (hs_clone_scratch(prototype_.scratch_.get(), &clone) != HS_SUCCESS) {
    return Err{ScanError{"could not allocate matcher scratch space", -1}};
  }
  scratch.scratch_.reset(clone);
  scratch.owner_ = database_.get();
  return scratch;
}

void MatcherDatabase::Scan(std::string_view text, Scratch& scratch,
                           std::vector<RawMatch>* out) const {
  if (empty() || text.empty()) return;  // Hyperscan is never called with an empty database
  if (scratch.owner_ != database_.get()) Die("Scan() with a scratch of another database");
  if (text.size() >= UINT32_MAX) Die("Scan() text of 4 GiB or more");

  std::vector<size_t> last(atom_count_, SIZE_MAX);
  ScanContext context{out, &last};
  hs_error_t status = hs_scan(database_.get(), text.data(), static_cast<unsigned>(text.size()), 0,
                              scratch.scratch_.get(), OnMatch, &context);
  if (status != HS_SUCCESS) Die("hs_scan failed (scratch in use by another scan?)");
}

}  // namespace verdict::scan
