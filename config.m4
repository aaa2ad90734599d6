dnl cryptoinvoice: crypto-payment invoices for PHP.
PHP_ARG_ENABLE([cryptoinvoice],
  [whether to enable cryptoinvoice support],
  [AS_HELP_STRING([--enable-cryptoinvoice], [Enable cryptoinvoice support])],
  [no])

PHP_ARG_ENABLE([cryptoinvoice-dev],
  [whether to build cryptoinvoice with developer warnings as errors],
  [AS_HELP_STRING([--enable-cryptoinvoice-dev], [Build with -Wall -Wextra -Werror (for development)])],
  [no], [no])

PHP_ARG_ENABLE([cryptoinvoice-asan],
  [whether to build cryptoinvoice with AddressSanitizer],
  [AS_HELP_STRING([--enable-cryptoinvoice-asan], [Build with -fsanitize=address,undefined (for development)])],
  [no], [no])

if test "$PHP_CRYPTOINVOICE" != "no"; then
  PKG_CHECK_MODULES([CURL], [libcurl >= 7.61.0], [],
    [AC_MSG_ERROR([cryptoinvoice needs libcurl >= 7.61.0 with its development files (Debian: apt-get install libcurl4-openssl-dev)])])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([cryptoinvoice needs OpenSSL >= 1.1.1 with its development files (Debian: apt-get install libssl-dev)])])

  PHP_EVAL_INCLINE($CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CURL_LIBS, CRYPTOINVOICE_SHARED_LIBADD)
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, CRYPTOINVOICE_SHARED_LIBADD)

  dnl A link check, so a broken -dev install fails here rather than at load time.
  PHP_CHECK_LIBRARY([curl], [curl_easy_perform], [],
    [AC_MSG_ERROR([cryptoinvoice: cannot link against libcurl])], [$CURL_LIBS])
  PHP_CHECK_LIBRARY([crypto], [EVP_Digest], [],
    [AC_MSG_ERROR([cryptoinvoice: cannot link against OpenSSL libcrypto])], [$OPENSSL_LIBS])

  CRYPTOINVOICE_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu99"
  if test "$PHP_CRYPTOINVOICE_DEV" != "no"; then
    CRYPTOINVOICE_CFLAGS="$CRYPTOINVOICE_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare"
  fi
  if test "$PHP_CRYPTOINVOICE_ASAN" != "no"; then
    CRYPTOINVOICE_CFLAGS="$CRYPTOINVOICE_CFLAGS -fsanitize=address,undefined -fno-omit-frame-pointer"
    LDFLAGS="$LDFLAGS -fsanitize=address,undefined"
  fi

  dnl Sources, listed one by one (config.w32 lists the same).
  CRYPTOINVOICE_SOURCES=""
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/cryptoinvoice.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_errors.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_options.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_params.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_text.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_decimal.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_json.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_crypto.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_http.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_engine.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_policy.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_batch.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_log.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_stats.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_invoice.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_list.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_lifecycle.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_gateway.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_webhook.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/ci_providers.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/providers/cryptomus.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/providers/cryptocloud.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/providers/onchainpay.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/providers/bitsby.c"
  CRYPTOINVOICE_SOURCES="$CRYPTOINVOICE_SOURCES ext/providers/heleket.c"
  PHP_NEW_EXTENSION(cryptoinvoice, $CRYPTOINVOICE_SOURCES, $ext_shared,, $CRYPTOINVOICE_CFLAGS)

  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/providers])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  PHP_ADD_EXTENSION_DEP(cryptoinvoice, json)
  PHP_ADD_EXTENSION_DEP(cryptoinvoice, date)
  PHP_ADD_EXTENSION_DEP(cryptoinvoice, spl)
  PHP_SUBST(CRYPTOINVOICE_SHARED_LIBADD)
fi
