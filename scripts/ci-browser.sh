#!/usr/bin/env bash
# Makes sure Debian's Chromium (for the browser tests: printed documents, screenshots, the
# playground), poppler-utils (pdftotext, pdftoppm) and LibreOffice Writer with Liberation fonts
# (Arial's metrics; the Word file laid out as a word processor does) are on the machine. Installs them with apt
# when missing and run as root; otherwise says why not and exits 0, and the browser tests skip with
# that message. Idempotent: nothing is installed twice.
set -uo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fc-match Arial 2>/dev/null | grep -q "Liberation Sans" || need+=(fonts-liberation2)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: cannot install ${need[*]} (not root on a Debian machine); browser tests will skip"
  exit 0
fi
echo "browser: installing ${need[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null; }; then
  echo "browser: apt-get could not install ${need[*]}; browser tests will skip"
fi
exit 0
