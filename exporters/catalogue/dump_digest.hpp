// The published dumps of a dataset (downloads/data.{ttl,nt,nq,rdf,rj,jsonld}) with their sizes
// and SHA-256 and SHA-1 digests, for the catalogue record: the description names each file by its
// download IRI with its byte size and checksum, and the site and `publish` write exactly those
// bytes (all three produce them with dump_bytes / measure_dumps, i.e. with export_data).
#pragma once

#include "model/rdf/syntax.hpp"
#include "model/rdf/triples.hpp"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace vidensgraf {

/// One published dump.
struct DumpFile {
  RdfFormat format;
  std::string path;       ///< relative to the base and to the published folder: "downloads/data.ttl"
  std::uint64_t size = 0; ///< bytes
  std::string sha256;     ///< lower-case hex
  std::string sha1;       ///< lower-case hex: DCAT-AP-DK 2.0.2 accepts no other checksum algorithm
};

/// The digests of the same bytes, as lower-case hex.
struct Digests {
  std::string sha256;
  std::string sha1;
};

/// The relative path of the dump in `format`: downloads/data.{extension}.
std::string dump_path(RdfFormat format);

/// The dump in `format`: export_data with `options`' base and without --stream (a published dump
/// never depends on how the description was asked for).
void write_dump(const Model& model, RdfFormat format, const RdfOptions& options, std::ostream& out);

/// Size, SHA-256 and SHA-1 of `bytes`, as the dump in `format`.
DumpFile measure_bytes(RdfFormat format, std::string_view bytes);

/// The dump in `format` measured as it is written (not kept); throws InputError when the data
/// cannot be written in it.
DumpFile measure_dump(const Model& model, RdfFormat format, const RdfOptions& options);

/// Every dump's size, SHA-256 and SHA-1, computed as it is written (in memory that does not grow with it).
std::vector<DumpFile> measure_dumps(const Model& model, const RdfOptions& options);

/// An output stream that computes the SHA-256 and SHA-1 and counts the bytes written to it, and passes them
/// on to `next` when one is given (so a file can be written and measured at once).
class DigestStream : public std::ostream {
public:
  explicit DigestStream(std::ostream* next = nullptr);
  ~DigestStream() override;
  DigestStream(const DigestStream&) = delete;
  DigestStream& operator=(const DigestStream&) = delete;
  /// Bytes written so far.
  std::uint64_t size() const noexcept;
  /// The digests of everything written; the stream is finished after it.
  Digests finish();

private:
  class Buffer;
  std::unique_ptr<Buffer> buffer_;
};

} // namespace vidensgraf
