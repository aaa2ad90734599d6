/* Bitsby: placeholder until its adapter lands (issue 3). */
#include "php.h"
#include "../ci_provider.h"
#include "../ci_classes.h"

static const ci_field bitsby_fields[] = {{NULL}};
static const ci_out_field bitsby_out[] = {{0, NULL}};
static const ci_status_word bitsby_statuses[] = {{NULL}};

const ci_provider ci_provider_bitsby = {
	.name = "bitsby",
	.title = "Bitsby",
	.ce = &ci_ce_Bitsby,
	.id_key = "project_id",
	.secret_key = "api_token",
	.base_url = "https://api.bitsby.app",
	.create_path = "/invoices/create",
	.lookup_path = "/invoices/list",
	.fields = bitsby_fields,
	.out = bitsby_out,
	.statuses = bitsby_statuses,
	.time_zone = "UTC",
};
