// SHA-256 through OpenSSL's EVP interface (libcrypto, which cpp-httplib already needs), fed by a
// stream buffer so that a dump is measured while it is written.
#include "exporters/dump_digest.hpp"

#include "exporters/rdf_serializer.hpp"
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

} // namespace

class DigestStream::Buffer : public std::streambuf {
public:
  explicit Buffer(std::ostream* next) : next_(next), context_(EVP_MD_CTX_new()) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1)
      throw InternalError("OpenSSL could not start a SHA-256 digest");
  }
  std::uint64_t size() const noexcept { return size_; }
  std::string finish() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), digest.data(), &length) != 1)
      throw InternalError("OpenSSL could not finish a SHA-256 digest");
    std::string hex;
    for (unsigned int i = 0; i < length; ++i)
      hex += fmt::format("{:02x}", digest[i]);
    return hex;
  }

protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n <= 0) return 0;
    if (EVP_DigestUpdate(context_.get(), s, static_cast<std::size_t>(n)) != 1)
      throw InternalError("OpenSSL could not update a SHA-256 digest");
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
  MdContext context_;
  std::uint64_t size_ = 0;
};

DigestStream::DigestStream(std::ostream* next) : std::ostream(nullptr), buffer_(std::make_unique<Buffer>(next)) {
  rdbuf(buffer_.get());
}

DigestStream::~DigestStream() = default;

std::uint64_t DigestStream::size() const noexcept {
  return buffer_->size();
}

std::string DigestStream::finish() {
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
  return DumpFile{format, dump_path(format), digest.size(), digest.finish()};
}

std::vector<DumpFile> measure_dumps(const Model& model, const RdfOptions& options) {
  std::vector<DumpFile> out;
  for (const auto& f : rdf_formats) {
    DigestStream digest;
    try {
      write_dump(model, f.format, options, digest);
    } catch (const InputError&) {
      continue; // a syntax that cannot carry the data (C0 controls in RDF/XML) has no dump to describe
    }
    out.push_back(DumpFile{f.format, dump_path(f.format), digest.size(), digest.finish()});
  }
  return out;
}

} // namespace vidensgraf
