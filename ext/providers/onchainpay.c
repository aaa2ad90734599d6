/* OnChainPay: placeholder until its adapter lands (issue 3). */
#include "php.h"
#include "../ci_provider.h"
#include "../ci_classes.h"

static const ci_field onchainpay_fields[] = {{NULL}};
static const ci_out_field onchainpay_out[] = {{0, NULL}};
static const ci_status_word onchainpay_statuses[] = {{NULL}};

const ci_provider ci_provider_onchainpay = {
	.name = "onchainpay",
	.title = "OnChainPay",
	.ce = &ci_ce_OnChainPay,
	.id_key = "public_key",
	.secret_key = "private_key",
	.base_url = "https://ocp.onchainpay.io",
	.create_path = "/api-gateway/make-invoice",
	.lookup_path = "/api-gateway/get-invoice",
	.fields = onchainpay_fields,
	.out = onchainpay_out,
	.statuses = onchainpay_statuses,
	.time_zone = "UTC",
};
