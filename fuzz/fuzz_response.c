/* libFuzzer harness over the response-to-Invoice path of every provider.
 *
 * Input: byte 0 picks the provider and the operation (create or lookup), byte 1 the HTTP
 * status, the rest is the answer body. It goes through the real engine path a network answer
 * takes (ci_engine_judge: JSON decode, the provider's envelope, then the out table and the
 * provider's finish hook into an Invoice), plus the Cryptomus and CryptoCloud webhook parsers.
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

static zval gateways[4];
static const long statuses[] = {200, 200, 200, 201, 400, 401, 404, 422, 429, 500, 503};

static void fuzz_make_gateway(zval *out, zend_class_entry *ce, const char *id)
{
	zval args[3];

	object_init_ex(out, ce);
	ZVAL_STRING(&args[0], id);
	ZVAL_STRING(&args[1], "fuzz-secret-key");
	array_init(&args[2]);
	/* A closed loopback port: a webhook that verifies and then looks up fails fast. */
	add_assoc_string(&args[2], "base_url", "http://127.0.0.1:9");
	add_assoc_long(&args[2], "retries", 0);
	add_assoc_long(&args[2], "rate_limit", 0);
	add_assoc_string(&args[2], "secret_key", "fuzz-secret-key");
	if (ce != ci_ce_CryptoCloud) {
		zend_hash_str_del(Z_ARRVAL(args[2]), "secret_key", sizeof("secret_key") - 1);
	}
	zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, 3, args);
	for (int i = 0; i < 3; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (EG(exception)) {
		fprintf(stderr, "fuzz: cannot construct %s\n", ZSTR_VAL(ce->name));
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
	fuzz_make_gateway(&gateways[0], ci_ce_Cryptomus, "merchant");
	fuzz_make_gateway(&gateways[1], ci_ce_CryptoCloud, "shop");
	fuzz_make_gateway(&gateways[2], ci_ce_OnChainPay, "public");
	fuzz_make_gateway(&gateways[3], ci_ce_Bitsby, "9deea1e2-0c08-41a3-bdc2-a34eada3892d");
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
	int which = data[0] & 3;
	ci_op op = (data[0] & 4) ? CI_OP_LOOKUP : CI_OP_CREATE;
	long status = statuses[data[1] % (sizeof(statuses) / sizeof(statuses[0]))];
	const char *body = (const char *)data + 2;
	size_t len = size - 2;
	ci_gateway *gw = Z_CI_GATEWAY_P(&gateways[which]);

	zend_try {
		fuzz_answer(gw, op, status, body, len);
		/* Webhooks that verify a signature before any lookup. */
		if ((data[0] & 8) && (which == 0 || which == 1)) {
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
