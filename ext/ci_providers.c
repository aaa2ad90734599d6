/* The provider registry's lookups. The rows themselves are in ci_providers.h; this file only
 * expands them, so a new provider changes nothing here. */
#include "php.h"
#include "ci_provider.h"
#include "ci_stats.h"

static const ci_provider *const ci_providers[] = {
#define CI_PROVIDER_ROW(name, Class) &ci_provider_##name,
	CI_PROVIDERS(CI_PROVIDER_ROW)
#undef CI_PROVIDER_ROW
};

/* Gateways::stats() keeps a fixed number of rows per process: the build fails when a provider
 * would have none (raise CI_STATS_PROVIDERS). */
typedef char ci_stats_rows_for_every_provider[CI_PROVIDER_COUNT <= CI_STATS_PROVIDERS ? 1 : -1];

/* Filled at MINIT from the classes the stub declares; process-wide, read-only after. */
static zend_class_entry *ci_provider_ces[CI_PROVIDER_COUNT];

/* "a, b, c or d": each name and at most four separator bytes. */
#define CI_PROVIDER_NAME_SIZE(name, Class) +sizeof(#name) + 4
static char ci_provider_names_text[1 CI_PROVIDERS(CI_PROVIDER_NAME_SIZE)];

void ci_providers_minit(zend_class_entry *const *ces)
{
	size_t used = 0;

	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		const char *sep = i == 0 ? "" : i + 1 == CI_PROVIDER_COUNT ? " or " : ", ";

		ci_provider_ces[i] = ces[i];
		used += snprintf(ci_provider_names_text + used, sizeof(ci_provider_names_text) - used, "%s%s",
			sep, ci_providers[i]->name);
	}
}

const ci_provider *ci_provider_by_name(const char *name, size_t len)
{
	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		const char *n = ci_providers[i]->name;
		if (strlen(n) == len && zend_binary_strcasecmp(n, len, name, len) == 0) {
			return ci_providers[i];
		}
	}
	return NULL;
}

const ci_provider *ci_provider_by_ce(const zend_class_entry *ce)
{
	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		if (ci_provider_ces[i] == ce) {
			return ci_providers[i];
		}
	}
	return NULL;
}

zend_class_entry *ci_provider_ce(const ci_provider *p)
{
	size_t i = ci_provider_index(p);

	return i < CI_PROVIDER_COUNT ? ci_provider_ces[i] : NULL;
}

size_t ci_provider_count(void)
{
	return CI_PROVIDER_COUNT;
}

const ci_provider *ci_provider_at(size_t i)
{
	return i < CI_PROVIDER_COUNT ? ci_providers[i] : NULL;
}

size_t ci_provider_index(const ci_provider *p)
{
	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		if (ci_providers[i] == p) {
			return i;
		}
	}
	return CI_PROVIDER_COUNT;
}

const char *ci_provider_names(void)
{
	return ci_provider_names_text;
}

/* The registry as shops see it, for a provider picker: name => class, title and the two
 * credential keys Gateways::create() takes, in registry order. */
ZEND_METHOD(CryptoInvoice_Gateways, providers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, CI_PROVIDER_COUNT);
	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		const ci_provider *p = ci_providers[i];
		zval row, credentials;

		array_init_size(&row, 3);
		add_assoc_str(&row, "class", zend_string_copy(ci_provider_ces[i]->name));
		add_assoc_string(&row, "title", p->title);
		array_init_size(&credentials, 2);
		add_next_index_string(&credentials, p->id_key);
		add_next_index_string(&credentials, p->secret_key);
		add_assoc_zval(&row, "credentials", &credentials);
		add_assoc_zval(return_value, p->name, &row);
	}
}
