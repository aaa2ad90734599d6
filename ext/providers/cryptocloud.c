/* CryptoCloud: placeholder until its adapter lands (issue 3). */
#include "php.h"
#include "../ci_provider.h"
#include "../ci_classes.h"

static const ci_field cryptocloud_fields[] = {{NULL}};
static const ci_out_field cryptocloud_out[] = {{0, NULL}};
static const ci_status_word cryptocloud_statuses[] = {{NULL}};

const ci_provider ci_provider_cryptocloud = {
	.name = "cryptocloud",
	.title = "CryptoCloud",
	.ce = &ci_ce_CryptoCloud,
	.id_key = "shop_id",
	.secret_key = "api_key",
	.base_url = "https://api.cryptocloud.plus",
	.create_path = "/v2/invoice/create",
	.lookup_path = "/v2/invoice/merchant/info",
	.fields = cryptocloud_fields,
	.out = cryptocloud_out,
	.statuses = cryptocloud_statuses,
	.time_zone = "UTC",
	.flags = CI_PROV_SECRET_KEY_OPTION,
};
