/* The provider registry: one row per provider. Everything that lists providers expands this
 * list instead of keeping a copy: the descriptors' declarations (ci_provider.h), class
 * registration and phpinfo (cryptoinvoice.c), create_object and Gateways::create()
 * (ci_gateway.c), the names in messages, Gateways::providers() and stats() (ci_providers.c),
 * the fuzzer; the tests ask Gateways::providers().
 *
 * X(name, Class): name is getProvider()'s answer and the suffix of the provider's descriptor,
 * `const ci_provider ci_provider_<name>` in ext/providers/<name>.c; Class is its final class
 * in namespace CryptoInvoice, declared in cryptoinvoice.stub.php (the generated arginfo's
 * register_class_CryptoInvoice_<Class>()). The order is the order of messages, stats() and
 * providers(). A new provider: its file, its stub class, a row here, its source line in
 * config.m4 and config.w32. No includes: any file may expand the list. */
#ifndef CI_PROVIDERS_H
#define CI_PROVIDERS_H

#define CI_PROVIDERS(X) \
	X(cryptomus, Cryptomus) \
	X(cryptocloud, CryptoCloud) \
	X(onchainpay, OnChainPay) \
	X(bitsby, Bitsby) \
	X(heleket, Heleket)

#define CI_PROVIDER_PLUS_ONE(name, Class) +1
enum { CI_PROVIDER_COUNT = 0 CI_PROVIDERS(CI_PROVIDER_PLUS_ONE) };

#endif
