// Owners for libcurl's C handles (the one idiom of model/detail/c_owner.hpp). Private to
// exporters/store/.
#pragma once

#include "model/detail/c_owner.hpp"

#include <curl/curl.h>

namespace vidensgraf::detail {

using CurlEasy = COwner<CURL, curl_easy_cleanup>;
using CurlHeaders = COwner<curl_slist, curl_slist_free_all>;

/// curl_global_init for the owner's lifetime (libcurl counts the calls; Raptor's world makes its
/// own pair of them).
class CurlGlobal {
public:
  CurlGlobal() : ok_(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK) {}
  ~CurlGlobal() {
    if (ok_) curl_global_cleanup();
  }
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
  bool ok() const noexcept { return ok_; }

private:
  bool ok_;
};

} // namespace vidensgraf::detail
