#!/usr/bin/env bash
# Serves the release build through Debian's nginx with the shipped
# configuration (deploy/nginx.conf, brotli enabled), for the deploy tests:
# - the widget at http://127.0.0.1:8788/zt/shangyun/ (a sub-path);
# - a host page on another origin, http://127.0.0.1:8789/, embedding it with
#   the two lines of deploy/example-host.html.
# Runs in the foreground until stopped.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out="$PWD/tests/output/nginx"
rm -rf "$out"
mkdir -p "$out/www/zt" "$out/host" "$out/temp"
# The built files, each linked, in a folder of its own: a test may add a
# file beside them (a benchmark) without touching dist/.
mkdir "$out/www/zt/shangyun"
ln -s "$PWD"/dist/* "$out/www/zt/shangyun/"
sed 's|https://www.example.gov.cn/zt/shangyun/|http://127.0.0.1:8788/zt/shangyun/|' deploy/example-host.html > "$out/host/index.html"
sed 's|<div data-selfcheck>|<div data-selfcheck data-lang="en">|' "$out/host/index.html" > "$out/host/en.html"
# With brotli_static on, as the configuration's comment says to where the
# module is installed (scripts/setup.sh --browser installs it).
sed -e 's|listen 80;|listen 127.0.0.1:8788;|' -e "s|root /srv/www;|root $out/www;|" \
  -e 's|# brotli_static on;|brotli_static on;|' deploy/nginx.conf > "$out/selfcheck.conf"

cat > "$out/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes 1;
daemon off;
pid $out/nginx.pid;
error_log $out/error.log warn;
events {}
http {
    include /etc/nginx/mime.types;
    access_log $out/access.log;
    client_body_temp_path $out/temp;
    proxy_temp_path $out/temp;
    fastcgi_temp_path $out/temp;
    uwsgi_temp_path $out/temp;
    scgi_temp_path $out/temp;
    include $out/selfcheck.conf;
    server {
        listen 127.0.0.1:8789;
        root $out/host;
    }
}
CONF
exec nginx -c "$out/nginx.conf" -e "$out/error.log"
