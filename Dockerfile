# PHP-FPM with the cryptoinvoice extension, installed from the PECL tarball that `pecl package`
# makes in a checkout. The extension is not on pecl.php.net yet, so `pecl install cryptoinvoice`
# cannot fetch it; this installs the tarball you made:
#
#   pecl package                          # in the checkout -> cryptoinvoice-0.1.0.tgz
#   docker build -t php-cryptoinvoice .
#
# CRYPTOINVOICE_VERSION must name that tarball: scripts/checks.sh fails when it differs from the
# version in ext/php_cryptoinvoice.h (and package.xml).
FROM php:8.2-fpm-bookworm

ARG CRYPTOINVOICE_VERSION=0.1.0
COPY cryptoinvoice-${CRYPTOINVOICE_VERSION}.tgz /tmp/

# The image has phpize and a compiler; the extension also needs libcurl's and OpenSSL's headers,
# found with pkg-config. pecl builds with the default configure options (no development flags)
# when nobody answers its prompts, as in a docker build.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libcurl4-openssl-dev libssl-dev pkg-config \
 && pecl install /tmp/cryptoinvoice-${CRYPTOINVOICE_VERSION}.tgz \
 && docker-php-ext-enable cryptoinvoice \
 && rm -rf /tmp/cryptoinvoice-${CRYPTOINVOICE_VERSION}.tgz /tmp/pear /var/lib/apt/lists/*

# Fails the build if the extension does not load.
RUN php --ri cryptoinvoice
