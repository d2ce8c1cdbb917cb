// SHA-256 and SHA-1 through OpenSSL's EVP interface (libcrypto, which cpp-httplib already needs), fed by a
// stream buffer so that a dump is measured while it is written.
#include "exporters/catalogue/dump_digest.hpp"

#include "model/rdf/serializer.hpp"
#include "model/error.hpp"

#include <array>
#include <fmt/format.h>
#include <memory>
#include <openssl/evp.h>
#include <streambuf>

namespace vidensgraf {
namespace {

struct MdContextFree {
  void operator()(EVP_MD_CTX* c) const noexcept { EVP_MD_CTX_free(c); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextFree>;

/// One digest of OpenSSL's EVP interface.
class Digest {
public:
  Digest(const EVP_MD* md, const char* name) : name_(name), context_(EVP_MD_CTX_new()) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), md, nullptr) != 1)
      throw InternalError(std::string("OpenSSL could not start a ") + name_ + " digest");
  }
  void update(const char* s, std::size_t n) {
    if (EVP_DigestUpdate(context_.get(), s, n) != 1)
      throw InternalError(std::string("OpenSSL could not update a ") + name_ + " digest");
  }
  std::string finish() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest.data(), &length) != 1)
      throw InternalError(std::string("OpenSSL could not finish a ") + name_ + " digest");
    std::string hex;
    for (unsigned int i = 0; i < length; ++i)
      hex += fmt::format("{:02x}", digest[i]);
    return hex;
  }

private:
  const char* name_;
  MdContext context_;
};

} // namespace

class DigestStream::Buffer : public std::streambuf {
public:
  explicit Buffer(std::ostream* next) : next_(next), sha256_(EVP_sha256(), "SHA-256"), sha1_(EVP_sha1(), "SHA-1") {}
  std::uint64_t size() const noexcept { return size_; }
  Digests finish() { return Digests{sha256_.finish(), sha1_.finish()}; }

protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n <= 0) return 0;
    sha256_.update(s, static_cast<std::size_t>(n));
    sha1_.update(s, static_cast<std::size_t>(n));
    size_ += static_cast<std::uint64_t>(n);
    if (next_ && !next_->write(s, n)) return 0;
    return n;
  }
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
  }

private:
  std::ostream* next_;
  Digest sha256_;
  Digest sha1_;
  std::uint64_t size_ = 0;
};

DigestStream::DigestStream(std::ostream* next) : std::ostream(nullptr), buffer_(std::make_unique<Buffer>(next)) {
  rdbuf(buffer_.get());
}

DigestStream::~DigestStream() = default;

std::uint64_t DigestStream::size() const noexcept {
  return buffer_->size();
}

Digests DigestStream::finish() {
  flush();
  return buffer_->finish();
}

std::string dump_path(RdfFormat format) {
  return "downloads/data." + std::string(info(format).extension);
}

void write_dump(const Model& model, RdfFormat format, const RdfOptions& options, std::ostream& out) {
  export_data(model, format, RdfOptions{options.base, false}, out);
}

DumpFile measure_bytes(RdfFormat format, std::string_view bytes) {
  DigestStream digest;
  digest.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  const std::uint64_t size = digest.size();
  auto [sha256, sha1] = digest.finish();
  return DumpFile{format, dump_path(format), size, std::move(sha256), std::move(sha1)};
}

DumpFile measure_dump(const Model& model, RdfFormat format, const RdfOptions& options) {
  DigestStream digest;
  write_dump(model, format, options, digest);
  const std::uint64_t size = digest.size();
  auto [sha256, sha1] = digest.finish();
  return DumpFile{format, dump_path(format), size, std::move(sha256), std::move(sha1)};
}

std::vector<DumpFile> measure_dumps(const Model& model, const RdfOptions& options) {
  std::vector<DumpFile> out;
  for (const auto& f : rdf_formats) {
    try {
      out.push_back(measure_dump(model, f.format, options));
    } catch (const InputError&) {
      continue; // a syntax that cannot carry the data (C0 controls in RDF/XML) has no dump to describe
    }
  }
  return out;
}

} // namespace vidensgraf
