/* Per-provider figures: see ci_stats.h.
 *
 * Counters live in the module globals, so they cover the process (an FPM worker, across its web
 * requests); under ZTS each thread counts its own. Counting is a few additions per exchange and
 * happens with or without a logger. */
#include "php.h"
#include "ext/standard/info.h"
#include "zend_smart_str.h"
#include "php_cryptoinvoice.h"
#include "ci_stats.h"
#include "ci_provider.h"
#include "ci_http.h"

static ci_stats_row *ci_stats_row_of(const ci_provider *p)
{
	size_t i = ci_provider_index(p);

	return i < ci_provider_count() && i < CI_STATS_PROVIDERS ? &CI_G(stats).rows[i] : NULL;
}

/* Idle connections are pooled by connection key (URL base, TLS settings, proxy), not by provider:
 * each provider remembers the keys it used. */
static void ci_stats_remember_key(ci_stats_row *row, const zend_string *key)
{
	for (int i = 0; i < CI_STATS_KEYS; i++) {
		if (!row->pool_keys[i]) {
			row->pool_keys[i] = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
			return;
		}
		if (zend_string_equals(row->pool_keys[i], key)) {
			return;
		}
	}
}

void ci_stats_exchange(const ci_provider *p, const zend_string *pool_key, const ci_http_response *rs)
{
	ci_stats_row *row = ci_stats_row_of(p);

	if (!row) {
		return;
	}
	row->requests++;
	row->opened += rs->connects;
	row->reused += rs->reused;
	if (pool_key) {
		ci_stats_remember_key(row, pool_key);
	}
}

void ci_stats_retry(const ci_provider *p)
{
	ci_stats_row *row = ci_stats_row_of(p);

	if (row) {
		row->retries++;
	}
}

void ci_stats_failure(const ci_provider *p, zend_class_entry *ce)
{
	ci_stats_row *row = ci_stats_row_of(p);

	for (int i = 0; row && i < CI_STATS_CLASSES; i++) {
		/* Internal classes: the pointers hold for the life of the process. */
		if (!row->failure_ce[i] || row->failure_ce[i] == ce) {
			row->failure_ce[i] = ce;
			row->failures[i]++;
			return;
		}
	}
}

static zend_long ci_stats_idle(const ci_stats_row *row)
{
	zend_long n = 0;

	for (int i = 0; i < CI_STATS_KEYS && row->pool_keys[i]; i++) {
		n += ci_http_pool_idle_key(row->pool_keys[i]);
	}
	return n;
}

void ci_stats_free(ci_stats *s)
{
	for (int r = 0; r < CI_STATS_PROVIDERS; r++) {
		for (int i = 0; i < CI_STATS_KEYS; i++) {
			if (s->rows[r].pool_keys[i]) {
				zend_string_free(s->rows[r].pool_keys[i]);
				s->rows[r].pool_keys[i] = NULL;
			}
		}
	}
}

static void ci_stats_row_array(const ci_stats_row *row, zval *out)
{
	zval failures;

	array_init(&failures);
	for (int i = 0; i < CI_STATS_CLASSES && row->failure_ce[i]; i++) {
		add_assoc_long_ex(&failures, ZSTR_VAL(row->failure_ce[i]->name), ZSTR_LEN(row->failure_ce[i]->name), row->failures[i]);
	}
	array_init_size(out, 6);
	add_assoc_long(out, "requests", row->requests);
	add_assoc_long(out, "retries", row->retries);
	add_assoc_zval(out, "failures", &failures);
	add_assoc_long(out, "connections_opened", row->opened);
	add_assoc_long(out, "connections_reused", row->reused);
	add_assoc_long(out, "idle_connections", ci_stats_idle(row));
}

ZEND_METHOD(CryptoInvoice_Gateways, stats)
{
	ZEND_PARSE_PARAMETERS_NONE();

	array_init_size(return_value, (uint32_t)ci_provider_count());
	for (size_t i = 0; i < ci_provider_count() && i < CI_STATS_PROVIDERS; i++) {
		zval row;
		ci_stats_row_array(&CI_G(stats).rows[i], &row);
		add_assoc_zval(return_value, ci_provider_at(i)->name, &row);
	}
}

/* "2: CryptoInvoice\ApiException 1, CryptoInvoice\TransportException 1", or "0". */
static zend_string *ci_stats_failures_text(const ci_stats_row *row)
{
	smart_str s = {0};
	zend_long total = 0;

	for (int i = 0; i < CI_STATS_CLASSES && row->failure_ce[i]; i++) {
		total += row->failures[i];
	}
	smart_str_append_long(&s, total);
	for (int i = 0; i < CI_STATS_CLASSES && row->failure_ce[i]; i++) {
		smart_str_appends(&s, i == 0 ? ": " : ", ");
		smart_str_append(&s, row->failure_ce[i]->name);
		smart_str_appendc(&s, ' ');
		smart_str_append_long(&s, row->failures[i]);
	}
	smart_str_0(&s);
	return s.s;
}

void ci_stats_minfo(void)
{
	php_info_print_table_start();
	php_info_print_table_header(7, "Provider", "Requests", "Retries", "Failures", "Connections opened",
		"Connections reused", "Idle connections");
	for (size_t i = 0; i < ci_provider_count() && i < CI_STATS_PROVIDERS; i++) {
		const ci_stats_row *row = &CI_G(stats).rows[i];
		char n[5][24];
		zend_string *failures = ci_stats_failures_text(row);

		snprintf(n[0], sizeof(n[0]), ZEND_LONG_FMT, row->requests);
		snprintf(n[1], sizeof(n[1]), ZEND_LONG_FMT, row->retries);
		snprintf(n[2], sizeof(n[2]), ZEND_LONG_FMT, row->opened);
		snprintf(n[3], sizeof(n[3]), ZEND_LONG_FMT, row->reused);
		snprintf(n[4], sizeof(n[4]), ZEND_LONG_FMT, ci_stats_idle(row));
		php_info_print_table_row(7, ci_provider_at(i)->name, n[0], n[1], ZSTR_VAL(failures), n[2], n[3], n[4]);
		zend_string_release(failures);
	}
	php_info_print_table_end();
}
