/* The provider registry: one line per provider. */
#include "php.h"
#include "ci_provider.h"

static const ci_provider *const ci_providers[] = {
	&ci_provider_cryptomus,
	&ci_provider_cryptocloud,
	&ci_provider_onchainpay,
	&ci_provider_bitsby,
};
#define CI_PROVIDER_COUNT (sizeof(ci_providers) / sizeof(ci_providers[0]))

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
		if (*ci_providers[i]->ce == ce) {
			return ci_providers[i];
		}
	}
	return NULL;
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
	return "cryptomus, cryptocloud, onchainpay or bitsby";
}
