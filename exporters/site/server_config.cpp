// Content negotiation on a static host: the entity IRI {base}{segment}/{id} (no extension) answers
// 303 See Other to {id}.ttl, .nt, .jsonld, .rdf or .html by Accept. Apache's mod_rewrite and
// nginx's map match Accept by substring (no q-values); `vidensgraf serve` weighs q-values.
// The reverse-proxy variants put nginx or Apache in front of `vidensgraf serve` on loopback
// instead: the server negotiates and answers SPARQL, the proxy faces the internet.
#include "exporters/site/detail.hpp"

namespace vidensgraf::detail {

std::string htaccess_text() {
  return R"(# Apache configuration written by vidensgraf site: media types and content negotiation.
# Needs mod_rewrite (and mod_headers for Vary). Entity IRIs {segment}/{id} redirect (303) to a document.
# To put Apache in front of `vidensgraf serve` instead, see apache-proxy.conf (not possible in .htaccess).
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
# To put nginx in front of `vidensgraf serve` instead, see nginx-proxy.conf.
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

std::string nginx_proxy_text() {
  return R"(# nginx in front of `vidensgraf serve` (a reverse proxy), written by vidensgraf site. Include it
# inside the http block (it is a whole server block). Run the server on loopback, where only nginx
# reaches it, without its per-address cap (every connection comes from nginx, 127.0.0.1):
#   vidensgraf serve --host 127.0.0.1 --port 8080 --max-connections-per-client 0
# nginx then does what faces the internet: slow clients, connections and requests per address.
# Content negotiation (303), the documents and SPARQL at /sparql are the server's own answers.
limit_conn_zone $binary_remote_addr zone=vidensgraf_conn:10m;
limit_req_zone $binary_remote_addr zone=vidensgraf_req:10m rate=50r/s;
upstream vidensgraf_serve {
  server 127.0.0.1:8080;
  keepalive 16;
}
server {
  listen 80;
  # Deadlines for a client's headers and body, and the body limit of the server (1 MiB).
  client_header_timeout 10s;
  client_body_timeout 30s;
  client_max_body_size 1m;
  keepalive_timeout 10s;
  send_timeout 10s;
  # At most 64 connections and 50 requests a second (bursts of 100) per client address.
  limit_conn vidensgraf_conn 64;
  limit_conn_status 429;
  limit_req zone=vidensgraf_req burst=100 nodelay;
  limit_req_status 429;
  location / {
    proxy_pass http://vidensgraf_serve;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_connect_timeout 5s;
    proxy_send_timeout 10s;
    # A SPARQL query may run for the server's --timeout (default 10 s).
    proxy_read_timeout 30s;
  }
}
)";
}

std::string apache_proxy_text() {
  return R"(# Apache in front of `vidensgraf serve` (a reverse proxy), written by vidensgraf site. ProxyPass
# is not allowed in .htaccess: put this in the VirtualHost (needs mod_proxy, mod_proxy_http and
# mod_reqtimeout). Run the server on loopback without its per-address cap (every connection
# comes from Apache):
#   vidensgraf serve --host 127.0.0.1 --port 8080 --max-connections-per-client 0
# Deadlines for a client's headers and body (at least 100 bytes/s once they have started).
RequestReadTimeout header=10-20,MinRate=100 body=30,MinRate=100
LimitRequestBody 1048576
KeepAliveTimeout 10
ProxyRequests Off
ProxyPreserveHost On
ProxyTimeout 30
ProxyPass "/" "http://127.0.0.1:8080/" connectiontimeout=5 timeout=30 keepalive=On
ProxyPassReverse "/" "http://127.0.0.1:8080/"
)";
}

} // namespace vidensgraf::detail
