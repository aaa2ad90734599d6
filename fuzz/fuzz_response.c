/* libFuzzer harness over the response-to-Invoice path of every provider.
 *
 * Input: byte 0 picks the provider, the operation and the webhook (bits 0-1 and 4-7: the
 * provider's index in the registry, modulo its size, so 0-3 are the first four providers as the
 * committed seeds name them; bit 2 lookup instead of create; bit 3 also the webhook parser),
 * byte 1 the HTTP status, the rest is the answer body. It goes through the real engine path a
 * network answer takes (ci_engine_judge: JSON decode, the provider's envelope, then the out table
 * and the provider's finish hook into an Invoice), and the provider's webhook parser (one that
 * confirms by lookup asks a closed loopback port).
 * PHP runs embedded; the extension's sources are compiled into this binary with ASan.
 * Build and run: bash fuzz/run.sh [seconds] */
#include "php.h"
#include "sapi/embed/php_embed.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "../ext/php_cryptoinvoice.h"
#include "../ext/ci_classes.h"
#include "../ext/ci_provider.h"
#include "../ext/ci_params.h"
#include "../ext/ci_engine.h"
#include "../ext/ci_http.h"
#include "../ext/ci_invoice.h"

static zval gateways[CI_PROVIDER_COUNT]; /* one per registry row, in its order */
static const long statuses[] = {200, 200, 200, 201, 400, 401, 404, 422, 429, 500, 503};

/* A gateway of registry row i with made-up credentials that pass its constructor's checks (a
 * UUID where one is required), built the way shops build one: Gateways::create(). */
static void fuzz_make_gateway(zval *out, const ci_provider *p)
{
	zval args[2];

	ZVAL_STRING(&args[0], p->name);
	array_init(&args[1]);
	add_assoc_string(&args[1], p->id_key, "9deea1e2-0c08-41a3-bdc2-a34eada3892d");
	add_assoc_string(&args[1], p->secret_key, "fuzz-secret-key");
	/* A closed loopback port: a webhook that verifies and then looks up fails fast. */
	add_assoc_string(&args[1], "base_url", "http://127.0.0.1:9");
	add_assoc_long(&args[1], "retries", 0);
	add_assoc_long(&args[1], "rate_limit", 0);
	if (p->flags & CI_PROV_SECRET_KEY_OPTION) {
		add_assoc_string(&args[1], "secret_key", "fuzz-secret-key");
	}
	zend_call_method(NULL, ci_ce_Gateways, NULL, "create", sizeof("create") - 1, out, 2, &args[0], &args[1]);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	if (EG(exception) || Z_TYPE_P(out) != IS_OBJECT) {
		fprintf(stderr, "fuzz: cannot construct a %s gateway\n", p->name);
		abort();
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	setenv("USE_ZEND_ALLOC", "0", 1); /* let ASan see every allocation */
	php_embed_module.php_ini_ignore = 1; /* no php.ini: no other extension is loaded */
	php_embed_init(0, NULL);
	if (zend_startup_module(&cryptoinvoice_module_entry) == FAILURE) {
		abort();
	}
	for (size_t i = 0; i < ci_provider_count(); i++) {
		fuzz_make_gateway(&gateways[i], ci_provider_at(i));
	}
	return 0;
}

/* The request the answer replies to: a valid create, or a lookup. */
static void fuzz_request(ci_gateway *gw, ci_op op, ci_request *req)
{
	ci_errors errs;
	zval params;

	if (op == CI_OP_LOOKUP) {
		zend_string *id = zend_string_init("INV-ABCDEFGH", sizeof("INV-ABCDEFGH") - 1, 0);
		ci_request_init_id(gw, req, ci_operation_find(gw->provider, op), id);
		zend_string_release(id);
		return;
	}
	ci_request_init(req, ci_operation_find(gw->provider, op));
	array_init(&params);
	add_assoc_string(&params, "amount", "10.50");
	add_assoc_string(&params, "currency", "USD");
	add_assoc_string(&params, "order_id", "fuzz-1");
	ci_errors_init(&errs);
	ci_params_build(gw, Z_ARRVAL(params), req, &errs);
	ci_errors_dtor(&errs);
	zval_ptr_dtor(&params);
}

static void fuzz_answer(ci_gateway *gw, ci_op op, long status, const char *body, size_t len)
{
	ci_request req;
	ci_failure f;
	ci_http_response rs;
	zval json, *payload = NULL, invoice;

	fuzz_request(gw, op, &req);
	ci_failure_init(&f);
	ci_http_response_init(&rs);
	rs.status = status;
	smart_str_appendl(&rs.body, body, len);
	smart_str_0(&rs.body);
	ZVAL_UNDEF(&json);
	ZVAL_UNDEF(&invoice);
	if (ci_engine_judge(gw, &req, &rs, &f, &json, &payload) == CI_JUDGE_OK) {
		ci_invoice_from_payload(gw, &req, payload, &invoice, &f);
		if (Z_TYPE(invoice) == IS_OBJECT) {
			zval arr;
			zend_call_method_with_0_params(Z_OBJ(invoice), Z_OBJCE(invoice), NULL, "toarray", &arr);
			zval_ptr_dtor(&arr);
		}
	}
	zval_ptr_dtor(&invoice);
	zval_ptr_dtor(&json);
	ci_http_response_dtor(&rs);
	ci_failure_dtor(&f);
	ci_request_dtor(&req);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2) {
		return 0;
	}
	size_t which = ((size_t)(data[0] >> 4) << 2 | (data[0] & 3)) % ci_provider_count();
	ci_op op = (data[0] & 4) ? CI_OP_LOOKUP : CI_OP_CREATE;
	long status = statuses[data[1] % (sizeof(statuses) / sizeof(statuses[0]))];
	const char *body = (const char *)data + 2;
	size_t len = size - 2;
	ci_gateway *gw = Z_CI_GATEWAY_P(&gateways[which]);

	zend_try {
		fuzz_answer(gw, op, status, body, len);
		if (data[0] & 8) {
			zval rv;
			zend_string *s = zend_string_init(body, len, 0);
			ZVAL_UNDEF(&rv);
			gw->provider->parse_webhook(gw, s, NULL, &rv);
			zval_ptr_dtor(&rv);
			zend_string_release(s);
		}
	} zend_end_try();
	if (EG(exception)) {
		zend_clear_exception();
	}
	return 0;
}
