/* Heleket: Cryptomus's API at api.heleket.com (doc.heleket.com: "creating an invoice", "payment
 * information", "webhook" follow Cryptomus's word for word), so it is a member of the Cryptomus
 * family (cryptomus.h) with its own name, class and host. */
#include "cryptomus.h"

const ci_provider ci_provider_heleket = {
	CI_CRYPTOMUS_FAMILY,
	.name = "heleket",
	.title = "Heleket",
	.base_url = "https://api.heleket.com",
};
