/* cryptoinvoice module: class registration, process-wide state and phpinfo(). */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "ext/standard/php_string.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_enum.h"
#include "zend_attributes.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include <openssl/opensslv.h>
#include <openssl/crypto.h>

#include "php_cryptoinvoice.h"
#include "ci_classes.h"
#include "ci_provider.h"
#include "ci_http.h"
#include "ci_policy.h"
#include "ci_crypto.h"
#include "cryptoinvoice_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(cryptoinvoice)

zend_class_entry *ci_ce_Gateway;
zend_class_entry *ci_ce_Gateways;
zend_class_entry *ci_ce_Invoice;
zend_class_entry *ci_ce_Status;
zend_class_entry *ci_ce_Exception;
zend_class_entry *ci_ce_InvalidArgumentException;
zend_class_entry *ci_ce_TransportException;
zend_class_entry *ci_ce_ApiException;
zend_class_entry *ci_ce_AuthenticationException;
zend_class_entry *ci_ce_RateLimitException;
zend_class_entry *ci_ce_UnexpectedResponseException;
zend_class_entry *ci_ce_WebhookException;
zend_class_entry *ci_ce_UnsupportedOperationException;
zend_class_entry *ci_ce_InvoiceList;
zend_class_entry *ci_ce_PaymentMethod;

/* One class per registry row, each implementing Gateway, in registry order. */
static void ci_register_providers(void)
{
	zend_class_entry *ces[] = {
#define CI_PROVIDER_REGISTER(name, Class) register_class_CryptoInvoice_##Class(ci_ce_Gateway),
		CI_PROVIDERS(CI_PROVIDER_REGISTER)
#undef CI_PROVIDER_REGISTER
	};

	ci_providers_minit(ces);
}

static void ci_register_classes(void)
{
	ci_ce_Gateway = register_class_CryptoInvoice_Gateway();
	ci_register_providers();
	ci_ce_Gateways = register_class_CryptoInvoice_Gateways();
	ci_ce_Invoice = register_class_CryptoInvoice_Invoice(php_json_serializable_ce);
	ci_ce_Status = register_class_CryptoInvoice_Status();
	ci_ce_InvoiceList = register_class_CryptoInvoice_InvoiceList(zend_ce_iterator);
	ci_ce_PaymentMethod = register_class_CryptoInvoice_PaymentMethod();

	ci_ce_Exception = register_class_CryptoInvoice_Exception(zend_ce_throwable);
	ci_ce_InvalidArgumentException = register_class_CryptoInvoice_InvalidArgumentException(spl_ce_InvalidArgumentException, ci_ce_Exception);
	ci_ce_TransportException = register_class_CryptoInvoice_TransportException(spl_ce_RuntimeException, ci_ce_Exception);
	ci_ce_ApiException = register_class_CryptoInvoice_ApiException(spl_ce_RuntimeException, ci_ce_Exception);
	ci_ce_AuthenticationException = register_class_CryptoInvoice_AuthenticationException(ci_ce_ApiException);
	ci_ce_RateLimitException = register_class_CryptoInvoice_RateLimitException(ci_ce_ApiException);
	ci_ce_UnexpectedResponseException = register_class_CryptoInvoice_UnexpectedResponseException(ci_ce_ApiException);
	ci_ce_WebhookException = register_class_CryptoInvoice_WebhookException(spl_ce_RuntimeException, ci_ce_Exception);
	ci_ce_UnsupportedOperationException = register_class_CryptoInvoice_UnsupportedOperationException(spl_ce_LogicException, ci_ce_Exception);
}

static PHP_GINIT_FUNCTION(cryptoinvoice)
{
#if defined(COMPILE_DL_CRYPTOINVOICE) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(cryptoinvoice_globals, 0, sizeof(*cryptoinvoice_globals));
	zend_hash_init(&cryptoinvoice_globals->rate_limits, 8, NULL, NULL, 1);
	zend_hash_init(&cryptoinvoice_globals->pool, 16, NULL, ci_http_pool_entry_dtor, 1);
}

static PHP_GSHUTDOWN_FUNCTION(cryptoinvoice)
{
	zend_hash_destroy(&cryptoinvoice_globals->rate_limits);
	zend_hash_destroy(&cryptoinvoice_globals->pool);
	if (cryptoinvoice_globals->pool_socks) {
		pefree(cryptoinvoice_globals->pool_socks, 1);
	}
	ci_crypto_ctx_free(cryptoinvoice_globals->digest_ctx);
	ci_stats_free(&cryptoinvoice_globals->stats);
}

static PHP_MINIT_FUNCTION(cryptoinvoice)
{
	if (ci_http_minit() == FAILURE) {
		return FAILURE;
	}
	ci_crypto_minit();
	ci_register_classes();
	ci_policy_minit();
	ci_gateway_minit();
	ci_invoice_minit();
	ci_list_minit();
	REGISTER_NS_STRING_CONSTANT("CryptoInvoice", "VERSION", PHP_CRYPTOINVOICE_VERSION, CONST_CS | CONST_PERSISTENT);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(cryptoinvoice)
{
	ci_http_mshutdown();
	ci_crypto_mshutdown();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(cryptoinvoice)
{
#if defined(COMPILE_DL_CRYPTOINVOICE) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(cryptoinvoice)
{
	ci_invoice_rshutdown();
	ci_http_rshutdown();
	return SUCCESS;
}

/* Every registry name as a list, not the "a, b or c" of messages. */
static void ci_minfo_providers(void)
{
	smart_str list = {0};

	for (size_t i = 0; i < ci_provider_count(); i++) {
		if (i > 0) {
			smart_str_appends(&list, ", ");
		}
		smart_str_appends(&list, ci_provider_at(i)->name);
	}
	smart_str_0(&list);
	php_info_print_table_row(2, "Providers", ZSTR_VAL(list.s));
	smart_str_free(&list);
}

static PHP_MINFO_FUNCTION(cryptoinvoice)
{
	char buf[32];

	php_info_print_table_start();
	php_info_print_table_row(2, "cryptoinvoice support", "enabled");
	php_info_print_table_row(2, "Version", PHP_CRYPTOINVOICE_VERSION);
	php_info_print_table_row(2, "libcurl", ci_http_version());
	php_info_print_table_row(2, "OpenSSL", OpenSSL_version(OPENSSL_VERSION));
	ci_minfo_providers();
	snprintf(buf, sizeof(buf), ZEND_LONG_FMT, ci_http_pool_idle());
	php_info_print_table_row(2, "Pooled connections (idle handles)", buf);
	snprintf(buf, sizeof(buf), ZEND_LONG_FMT, CI_G(pool_opened));
	php_info_print_table_row(2, "Connections opened", buf);
	snprintf(buf, sizeof(buf), ZEND_LONG_FMT, CI_G(pool_reused));
	php_info_print_table_row(2, "Requests on a reused connection", buf);
	snprintf(buf, sizeof(buf), "%u", zend_hash_num_elements(&CI_G(rate_limits)));
	php_info_print_table_row(2, "Rate-limited keys tracked", buf);
	php_info_print_table_end();
	ci_stats_minfo();
}

static const zend_module_dep cryptoinvoice_deps[] = {
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("date")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry cryptoinvoice_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	cryptoinvoice_deps,
	"cryptoinvoice",
	NULL,
	PHP_MINIT(cryptoinvoice),
	PHP_MSHUTDOWN(cryptoinvoice),
	PHP_RINIT(cryptoinvoice),
	PHP_RSHUTDOWN(cryptoinvoice),
	PHP_MINFO(cryptoinvoice),
	PHP_CRYPTOINVOICE_VERSION,
	PHP_MODULE_GLOBALS(cryptoinvoice),
	PHP_GINIT(cryptoinvoice),
	PHP_GSHUTDOWN(cryptoinvoice),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_CRYPTOINVOICE
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(cryptoinvoice)
#endif
