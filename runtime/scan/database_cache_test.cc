// The matcher database cache: a hit gives a database that scans exactly like a fresh one, keys
// change with the atoms, damaged or foreign entries are rebuilt, and no dir means no files.
#include "runtime/scan/database_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace verdict::scan {
namespace {

namespace fs = std::filesystem;

class DatabaseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("verdict-cache-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::vector<RawMatch> ScanWith(const MatcherDatabase& db, std::string_view text) {
    auto scratch = db.NewScratch();
    EXPECT_TRUE(scratch.ok());
    std::vector<RawMatch> out;
    db.Scan(text, *scratch, &out);
    return out;
  }

  size_t Entries() const {
    if (!fs::exists(dir_)) return 0;
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }

  fs::path dir_;
  const std::vector<ruleset::Atom> atoms_ = {{"存在(问题|不足)", "p"}, {"原因", "q"}};
  const std::string text_ = "工作中存在不足，究其原因，仍存在问题。";
};

TEST_F(DatabaseCacheTest, HitScansLikeAFreshBuild) {
  auto fresh = MatcherDatabase::Build(atoms_);
  ASSERT_TRUE(fresh.ok());
  const std::vector<RawMatch> want = ScanWith(*fresh, text_);
  ASSERT_EQ(want.size(), 3u);

  auto first = BuildCached(atoms_, dir_);  // a miss: compiles and stores
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(Entries(), 1u);
  EXPECT_TRUE(fs::exists(dir_ / CacheKey(atoms_)));
  EXPECT_EQ(ScanWith(*first, text_), want);

  auto second = BuildCached(atoms_, dir_);  // a hit
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(Entries(), 1u);
  EXPECT_EQ(ScanWith(*second, text_), want);
  EXPECT_EQ(second->atom_count(), 2u);
}

TEST_F(DatabaseCacheTest, KeyDependsOnEveryAtomAndItsBoundaries) {
  const std::string key = CacheKey(atoms_);
  EXPECT_EQ(key, CacheKey(atoms_));
  EXPECT_NE(key, CacheKey({{"存在(问题|不足)", "p"}}));
  EXPECT_NE(key, CacheKey({{"原因", "q"}, {"存在(问题|不足)", "p"}}));
  EXPECT_NE(CacheKey({{"ab", ""}, {"c", ""}}), CacheKey({{"a", ""}, {"bc", ""}}));
  // The pattern name is not part of the database; renaming a pattern reuses the entry.
  EXPECT_EQ(key, CacheKey({{"存在(问题|不足)", "x"}, {"原因", "y"}}));
}

TEST_F(DatabaseCacheTest, DamagedEntryIsRebuiltAndReplaced) {
  ASSERT_TRUE(BuildCached(atoms_, dir_).ok());
  const fs::path entry = dir_ / CacheKey(atoms_);
  std::string bytes;
  {
    std::ifstream in(entry, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(bytes.size(), 100u);
  bytes[bytes.size() / 2] ^= 0x5A;  // flip bits in the middle of the database
  {
    std::ofstream out(entry, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  auto rebuilt = BuildCached(atoms_, dir_);
  ASSERT_TRUE(rebuilt.ok());
  auto fresh = MatcherDatabase::Build(atoms_);
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(ScanWith(*rebuilt, text_), ScanWith(*fresh, text_));
  std::ifstream in(entry, std::ios::binary);
  const std::string now((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(now, bytes);  // the damaged entry was overwritten with a good one
}

TEST_F(DatabaseCacheTest, ForeignBytesAreNotADatabase) {
  EXPECT_FALSE(MatcherDatabase::Deserialize("not a database", 2).ok());
  EXPECT_FALSE(MatcherDatabase::Deserialize("", 2).ok());
}

TEST_F(DatabaseCacheTest, NoDirWritesNothing) {
  auto built = BuildCached(atoms_, std::nullopt);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(Entries(), 0u);
}

TEST_F(DatabaseCacheTest, CompileErrorsAreNotCached) {
  auto built = BuildCached({{"a(b", "bad"}}, dir_);
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(Entries(), 0u);
}

TEST(DefaultCacheDirTest, EnvironmentChoosesTheDir) {
  ::setenv("VERDICT_CACHE_DIR", "/tmp/x-verdict", 1);
  EXPECT_EQ(DefaultCacheDir(), fs::path("/tmp/x-verdict"));
  ::setenv("VERDICT_CACHE_DIR", "", 1);
  EXPECT_EQ(DefaultCacheDir(), std::nullopt);
  ::unsetenv("VERDICT_CACHE_DIR");
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  EXPECT_EQ(DefaultCacheDir(), fs::path("/tmp/xdg/verdict"));
  ::unsetenv("XDG_CACHE_HOME");
  ::setenv("HOME", "/tmp/home", 1);
  EXPECT_EQ(DefaultCacheDir(), fs::path("/tmp/home/.cache/verdict"));
}

}  // namespace
}  // namespace verdict::scan
