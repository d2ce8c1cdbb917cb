#include "support/rdf_fixture.hpp"

#include "support/test_support.hpp"

namespace vidensgraf::test {

std::string hard_text(bool with_c0) {
  std::string text =
      "Quote \" and 'single', back\\slash \\n not a newline,\nnew line,\rlone CR,\r\nCRLF,\ttab, "
      "non-BMP \xF0\x9D\x84\x9E and \xF0\x9F\x98\x80, right-to-left \xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA "
      "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9, <xml> & ]]> {\"json\": 1} @context";
  if (with_c0) text += ", controls \x01\x1B\x7F end";
  return text;
}

namespace {

/// A CSV field in double quotes, quotes doubled (RFC 4180).
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

} // namespace

void write_hard_dataset(const std::filesystem::path& dir, bool with_c0) {
  write_file(dir / "dataset.toml", "id = \"hard\"\n"
                                   "base = \"https://example.org/hard/\"\n"
                                   "languages = [\"da\", \"en\"]\n"
                                   "issued = \"2026-11-01\"\n"
                                   "modified = \"2026-11-22\"\n"
                                   "keywords = [\"test\", \"svære tegn\"]\n"
                                   "[title]\nda = \"Svære tegn\"\nen = \"Hard strings\"\n"
                                   "[description]\nda = \"Et lille testdatasæt.\"\nen = \"A small test dataset.\"\n"
                                   "[publisher]\nname = \"vidensgraf tests\"\nurl = \"https://example.org/\"\n");
  write_file(dir / "sources.csv", "id,label@da,issued,url,source,section\n"
                                  "src-a,Kilde A,2021-04,https://example.org/a,src-a,\n"
                                  "src-b,Kilde B,2020-09-01,,src-b,Forord\n");
  write_file(dir / "organisations.csv", "id,label@da,label@en,source,section\n"
                                        "org-1," +
                                            quoted("Organisation \"én\" \\ ø") +
                                            ",Organisation one,src-a,Afsnit 1\n"
                                            "org-2,\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA "
                                            "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9,,src-b,\n");
  write_file(dir / "projects.csv", "id,label@da,label@en,description@en,sector,grant,start,end,source,section\n"
                                   "p-1,Projekt ét,Project one," +
                                       quoted(hard_text(with_c0)) +
                                       ",regional,8700000 DKK,2020,2022-06,src-a,Afsnit 1\n"
                                       "p-2,Projekt to,,,municipal,12.5 EUR,2021-02-03,,src-b,\n");
  write_file(dir / "challenge_areas.csv", "id,label@da,label@en,source,section\n"
                                          "ca-data,Data,Data,src-a,Udfordringer\n");
  write_file(dir / "relations.csv", "subject,relation,object,basis,source,section,note\n"
                                    "p-1,leadOrganisation,org-1,stated,src-a,Afsnit 1,\n"
                                    "p-1,partner,org-2,curated,src-b,," +
                                        quoted("The editors derived it; \"why\"\nacross lines.") +
                                        "\n"
                                        "p-1,facesChallenge,ca-data,stated,src-a,Udfordringer,\n"
                                        "p-1,facesChallenge,ca-data,stated,src-b,Forord,\n"
                                        "p-2,leadOrganisation,org-2,stated,src-b,,\n"
                                        "p-2,label@en,Project two,curated,src-b,Forord,Translated by the editors.\n"
                                        "src-b,publisher,org-1,stated,src-b,,\n");
}

} // namespace vidensgraf::test
