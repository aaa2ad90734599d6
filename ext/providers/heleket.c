/* Heleket: Cryptomus's API at api.heleket.com (doc.heleket.com: "creating an invoice", "payment
 * information", "payment history", "list of services", "webhook" follow Cryptomus's word for
 * word), so it is a member of the Cryptomus family (cryptomus.h) with its own name, class and
 * host. Its refund differs (doc.heleket.com, Payouts -> Refund): it is signed with the payout
 * key, and it takes an amount for a partial refund. */
#include "cryptomus.h"

static const ci_field heleket_refund_fields[] = {
	CI_CRYPTOMUS_REFUND_FIELDS,
	{.key = "amount", .wire = "amount", .type = CI_P_AMOUNT}, /* a partial refund; default: the whole */
	{NULL},
};

static const ci_operation heleket_operations[] = {
	CI_CRYPTOMUS_ROWS,
	{.op = CI_OP_REFUND, .path = "/v1/payment/refund", .id_wire = "uuid", .params = heleket_refund_fields,
		.finish = ci_cryptomus_finish_refund, .answer = CI_ANS_PAYLOAD, .flags = CI_OPF_PAYOUT_KEY},
	{.path = NULL},
};

const ci_provider ci_provider_heleket = {
	CI_CRYPTOMUS_FAMILY,
	.name = "heleket",
	.title = "Heleket",
	.base_url = "https://api.heleket.com",
	.operations = heleket_operations,
	.flags = CI_PROV_PAYOUT_KEY_OPTION,
};
