// Content negotiation on a static host: the entity IRI {base}{segment}/{id} (no extension) answers
// 303 See Other to {id}.ttl, .nt, .jsonld, .rdf or .html by Accept. Apache's mod_rewrite and
// nginx's map match Accept by substring (no q-values); `vidensgraf serve` weighs q-values.
#include "exporters/site_detail.hpp"

namespace vidensgraf::detail {

std::string htaccess_text() {
  return R"(# Apache configuration written by vidensgraf site: media types and content negotiation.
# Needs mod_rewrite (and mod_headers for Vary). Entity IRIs {segment}/{id} redirect (303) to a document.
AddType text/turtle .ttl
AddType application/n-triples .nt
AddType application/n-quads .nq
AddType application/ld+json .jsonld
AddType application/rdf+xml .rdf
AddType application/rdf+json .rj
AddDefaultCharset utf-8
Options -MultiViews -Indexes
DirectoryIndex index.html
<IfModule mod_headers.c>
  Header append Vary Accept
</IfModule>
RewriteEngine On
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^ %{REQUEST_URI}.ttl [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteCond %{HTTP_ACCEPT} application/n-triples
RewriteCond %{REQUEST_FILENAME}.nt -f
RewriteRule ^ %{REQUEST_URI}.nt [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteCond %{HTTP_ACCEPT} application/ld\+json
RewriteCond %{REQUEST_FILENAME}.jsonld -f
RewriteRule ^ %{REQUEST_URI}.jsonld [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteCond %{HTTP_ACCEPT} application/rdf\+xml
RewriteCond %{REQUEST_FILENAME}.rdf -f
RewriteRule ^ %{REQUEST_URI}.rdf [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^ %{REQUEST_URI}.html [R=303,L]
)";
}

std::string nginx_text() {
  return R"(# nginx configuration written by vidensgraf site: include inside the server block whose root is
# this folder. Entity IRIs {segment}/{id} redirect (303) to a document chosen by Accept.
# The map must be at http level: copy it there.
# map $http_accept $vidensgraf_ext {
#   default                  html;
#   ~text/turtle             ttl;
#   ~application/n-triples   nt;
#   ~application/ld\+json    jsonld;
#   ~application/rdf\+xml    rdf;
# }
types {
  text/html html;
  text/css css;
  text/turtle ttl;
  application/n-triples nt;
  application/n-quads nq;
  application/ld+json jsonld;
  application/rdf+xml rdf;
  application/rdf+json rj;
}
charset utf-8;
index index.html;
location / {
  try_files $uri $uri/ @vidensgraf_negotiate;
}
location @vidensgraf_negotiate {
  add_header Vary Accept;
  if (-f $request_filename.$vidensgraf_ext) { return 303 $uri.$vidensgraf_ext; }
  return 404;
}
)";
}

} // namespace vidensgraf::detail
