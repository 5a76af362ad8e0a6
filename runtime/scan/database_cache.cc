// File format: a magic line, the FNV-1a 64 hash of the payload (8 bytes, little end first),
// then Hyperscan's serialized database. Entries are written to a temporary name and renamed,
// so a reader never sees half a file, even with several verdict processes at once.
#include "runtime/scan/database_cache.h"

#include <hs/hs.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>

namespace verdict::scan {
namespace {

constexpr std::string_view kMagic = "verdict-matcher-db 1\n";
constexpr size_t kHashBytes = 8;

uint64_t Fnv1a(std::string_view bytes, uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
uint64_t HashField(uint64_t hash, std::string_view field) {
  const std::string length = std::to_string(field.size()) + ":";
  return Fnv1a(field, Fnv1a(length, hash));
}

std::string Hex(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kDigits[value & 15];
  return out;
}

std::string HashBytes(uint64_t value) {
  std::string out(kHashBytes, '\0');
  for (size_t i = 0; i < kHashBytes; ++i, value >>= 8) out[i] = static_cast<char>(value & 0xFF);
  return out;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return bytes;
}

// The payload of a well-formed entry, or nullopt for a missing, short or damaged one.
std::optional<std::string_view> Payload(std::string_view file) {
  if (!file.starts_with(kMagic) || file.size() < kMagic.size() + kHashBytes) return std::nullopt;
  const std::string_view stored = file.substr(kMagic.size(), kHashBytes);
  const std::string_view payload = file.substr(kMagic.size() + kHashBytes);
  if (stored != HashBytes(Fnv1a(payload))) return std::nullopt;
  return payload;
}

void Store(const std::filesystem::path& dir, const std::string& key, const MatcherDatabase& db) {
  const std::optional<std::string> payload = db.Serialize();
  if (!payload) return;
  std::error_code ignored;
  std::filesystem::create_directories(dir, ignored);
  const std::filesystem::path final_path = dir / key;
  const std::filesystem::path temp_path =
      dir / (key + ".tmp" + std::to_string(static_cast<long>(::getpid())));
  {
    std::ofstream out(temp_path, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out << kMagic << HashBytes(Fnv1a(*payload)) << *payload;
    if (!out.flush()) {
      out.close();
      std::filesystem::remove(temp_path, ignored);
      return;
    }
  }
  std::filesystem::rename(temp_path, final_path, ignored);
  if (ignored) std::filesystem::remove(temp_path, ignored);
}

}  // namespace

std::optional<std::filesystem::path> DefaultCacheDir() {
  if (const char* dir = std::getenv("VERDICT_CACHE_DIR")) {
    if (*dir == '\0') return std::nullopt;
    return std::filesystem::path(dir);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return std::filesystem::path(xdg) / "verdict";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return std::filesystem::path(home) / ".cache" / "verdict";
  }
  return std::nullopt;
}

std::string CacheKey(const std::vector<ruleset::Atom>& atoms) {
  uint64_t hash = HashField(14695981039346656037ull, hs_version());
  hash = HashField(hash, std::to_string(MatcherDatabase::kFlags));
  hash = HashField(hash, std::to_string(MatcherDatabase::kMode));
  hash = HashField(hash, std::to_string(atoms.size()));
  for (const ruleset::Atom& atom : atoms) hash = HashField(hash, atom.expression);
  return Hex(hash) + ".hsdb";
}

Result<MatcherDatabase, ScanError> BuildCached(const std::vector<ruleset::Atom>& atoms,
                                               const std::optional<std::filesystem::path>& dir) {
  if (!dir || atoms.empty()) return MatcherDatabase::Build(atoms);
  const std::string key = CacheKey(atoms);
  if (const std::optional<std::string> file = ReadFile(*dir / key)) {
    if (const std::optional<std::string_view> payload = Payload(*file)) {
      auto loaded = MatcherDatabase::Deserialize(*payload, static_cast<uint32_t>(atoms.size()));
      if (loaded.ok()) return loaded;
    }
  }
  auto built = MatcherDatabase::Build(atoms);
  if (built.ok()) Store(*dir, key, *built);
  return built;
}

}  // namespace verdict::scan
