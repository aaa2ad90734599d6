/* Bitsby: placeholder until its adapter lands (issue 3). */
#include "php.h"
#include "../ci_provider.h"
#include "../ci_classes.h"

static const ci_field bitsby_fields[] = {{NULL}};
static const ci_out_field bitsby_out[] = {{0, NULL}};
static const ci_status_word bitsby_statuses[] = {{NULL}};

/* projectId is a UUID (8-4-4-4-12 hex digits); say so before anything is sent. */
static bool bitsby_is_uuid(const zend_string *s)
{
	if (ZSTR_LEN(s) != 36) {
		return false;
	}
	for (size_t i = 0; i < 36; i++) {
		char c = ZSTR_VAL(s)[i];
		bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
		if (dash ? c != '-' : !isxdigit((unsigned char)c)) {
			return false;
		}
	}
	return true;
}

static void bitsby_check_credentials(const ci_gateway *gw, ci_errors *errs)
{
	if (!bitsby_is_uuid(gw->id)) {
		ci_errors_add(errs, "project_id", "Bitsby: project_id must be a UUID such as 9deea1e2-0c08-41a3-bdc2-a34eada3892d");
	}
}

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
	.rate_limit = 1.0, /* the API allows one request per second per key */
	.check_credentials = bitsby_check_credentials,
};
