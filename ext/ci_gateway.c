/* The gateway object behind every provider class (the registry, ci_providers.h): argument
 * parsing, construction and the PHP methods. The work itself is the engine's. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_cryptoinvoice.h"
#include "ci_classes.h"
#include "ci_provider.h"
#include "ci_params.h"
#include "ci_engine.h"
#include "ci_crypto.h"
#include "ci_http.h"
#include "ci_policy.h"
#include "ci_log.h"
#include "ci_list.h"

static zend_object_handlers ci_gateway_handlers;


/* {{{ Object handlers */
static zend_object *ci_gateway_new(zend_class_entry *ce)
{
	ci_gateway *gw = zend_object_alloc(sizeof(ci_gateway), ce);

	gw->provider = ci_provider_by_ce(ce);
	zend_object_std_init(&gw->std, ce);
	object_properties_init(&gw->std, ce);
	gw->std.handlers = &ci_gateway_handlers;
	return &gw->std;
}

static void ci_gateway_release(ci_gateway *gw)
{
	zend_string **strings[] = {&gw->id, &gw->secret, &gw->limit_key};

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (*strings[i]) {
			zend_string_release(*strings[i]);
			*strings[i] = NULL;
		}
	}
	for (int i = 0; i < gw->nheaders; i++) {
		zend_string_release(gw->headers[i]);
	}
	gw->nheaders = 0;
	ci_http_config_free(gw->http);
	gw->http = NULL;
	for (int i = 0; i < CI_OP__COUNT; i++) {
		if (gw->urls[i]) {
			zend_string_release(gw->urls[i]);
			gw->urls[i] = NULL;
		}
		ci_http_url_free(gw->parsed_urls[i]);
		gw->parsed_urls[i] = NULL;
	}
	ci_log_free(gw->log);
	gw->log = NULL;
	if (gw->ready) {
		ci_options_dtor(&gw->opts);
	}
	gw->ready = false;
}

static void ci_gateway_free(zend_object *obj)
{
	ci_gateway_release(ci_gateway_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* var_dump()/print_r()/debug_zval_dump(): what the gateway is, never its secrets. */
static HashTable *ci_gateway_debug_info(zend_object *obj, int *is_temp)
{
	ci_gateway *gw = ci_gateway_from_obj(obj);
	HashTable *ht = zend_new_array(8);
	zval z;

	*is_temp = 1;
	ZVAL_STRING(&z, gw->provider->name);
	zend_hash_str_update(ht, "provider", sizeof("provider") - 1, &z);
	if (gw->ready) {
		ZVAL_STR_COPY(&z, gw->id);
		zend_hash_str_update(ht, gw->provider->id_key, strlen(gw->provider->id_key), &z);
		ZVAL_STRING(&z, "[redacted]");
		zend_hash_str_update(ht, gw->provider->secret_key, strlen(gw->provider->secret_key), &z);
		ci_options_debug(&gw->opts, ht);
	}
	return ht;
}
/* }}} */

void ci_gateway_add_header(ci_gateway *gw, const char *fmt, ...)
{
	va_list ap;

	ZEND_ASSERT(gw->nheaders < CI_MAX_HEADERS);
	va_start(ap, fmt);
	gw->headers[gw->nheaders++] = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
}

static void ci_gateway_check_credential(const ci_gateway *gw, zend_string *value, const char *name, ci_errors *errs)
{
	if (ZSTR_LEN(value) == 0) {
		ci_errors_add(errs, name, "%s: %s must not be empty", gw->provider->title, name);
	} else if (strpbrk(ZSTR_VAL(value), "\r\n") || memchr(ZSTR_VAL(value), '\0', ZSTR_LEN(value))
			|| ZSTR_LEN(value) > 4096) {
		/* It goes into an HTTP header: never let it split one. Never echo it either. */
		ci_errors_add(errs, name, "%s: %s must be at most 4096 bytes without line breaks or NUL bytes", gw->provider->title, name);
	}
}

/* The transport's fixed settings: what of the options it needs, and the headers the provider set. */
static void ci_gateway_http_config(ci_gateway *gw)
{
	const ci_options *o = &gw->opts;
	zend_string *agent = zend_strpprintf(0, "cryptoinvoice/%s PHP/%s libcurl/%s%s%s", PHP_CRYPTOINVOICE_VERSION,
		PHP_VERSION, ci_http_version(), o->user_agent ? " " : "", o->user_agent ? ZSTR_VAL(o->user_agent) : "");
	ci_http_settings s = {
		.base_url = o->base_url,
		.persistent = o->persistent,
		.timeout = o->timeout,
		.connect_timeout = o->connect_timeout,
		.verify_tls = o->verify_tls,
		.ca_file = o->ca_file,
		.proxy = o->proxy,
		.user_agent = agent,
		.headers = gw->headers,
		.nheaders = gw->nheaders,
		.form = gw->provider->body_kind == CI_BODY_FORM,
	};

	gw->http = ci_http_config_new(&s);
	zend_string_release(agent);
}

/* Everything built once per gateway, so a request allocates only what differs per call. */
static void ci_gateway_prepare(ci_gateway *gw)
{
	const ci_provider *p = gw->provider;

	for (const ci_operation *row = p->operations; row->path; row++) {
		if (!strstr(row->path, "{id}")) {
			gw->urls[row->op] = zend_string_concat2(ZSTR_VAL(gw->opts.base_url), ZSTR_LEN(gw->opts.base_url), row->path, strlen(row->path));
			gw->parsed_urls[row->op] = ci_http_url_new(gw->urls[row->op]);
		}
	}
	gw->limit_key = ci_digest_key(p->name, strlen(p->name), ZSTR_VAL(gw->secret), ZSTR_LEN(gw->secret));
	if (p->init_headers) {
		p->init_headers(gw);
	}
	ci_gateway_http_config(gw);
	gw->log = ci_log_new(&gw->opts.logger);
}

/* Shared by the four constructors and Gateways::create(); throws on bad input. */
static void ci_gateway_init(ci_gateway *gw, zend_string *id, zend_string *secret, HashTable *options, const char *const *skip)
{
	ci_errors errs;

	ci_gateway_release(gw);
	ci_errors_init(&errs);
	gw->id = zend_string_copy(id);
	gw->secret = zend_string_copy(secret);
	ci_gateway_check_credential(gw, id, gw->provider->id_key, &errs);
	ci_gateway_check_credential(gw, secret, gw->provider->secret_key, &errs);
	ci_options_parse(&gw->opts, gw->provider, options, skip, &errs);
	gw->ready = true; /* opts now own memory, even on error */
	if (!ci_errors_any(&errs) && gw->provider->check_credentials) {
		gw->provider->check_credentials(gw, &errs);
	}
	if (ci_errors_any(&errs)) {
		ci_gateway_release(gw);
		ci_errors_throw(&errs, gw->provider->title);
		return;
	}
	ci_errors_dtor(&errs);
	ci_gateway_prepare(gw);
}

ci_gateway *ci_gateway_ready(zval *self)
{
	ci_gateway *gw = Z_CI_GATEWAY_P(self);
	if (!gw->ready) {
		zend_throw_error(NULL, "%s object is not constructed", ZSTR_VAL(Z_OBJCE_P(self)->name));
		return NULL;
	}
	return gw;
}

/* {{{ PHP methods (one implementation; the other three classes alias these) */
ZEND_METHOD(CryptoInvoice_Cryptomus, __construct)
{
	zend_string *id, *secret;
	HashTable *options = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(id)
		Z_PARAM_STR(secret)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	/* A second construction would free the keys, URLs and headers that a call in progress (or
	 * a copy of them in the pool) still uses: a gateway is configured once, like a readonly object. */
	if (Z_CI_GATEWAY_P(ZEND_THIS)->ready) {
		zend_throw_error(NULL, "%s object is already constructed", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
		RETURN_THROWS();
	}
	ci_gateway_init(Z_CI_GATEWAY_P(ZEND_THIS), id, secret, options, NULL);
}


static void ci_gateway_create_invoice(ci_gateway *gw, HashTable *params, zval *return_value)
{
	ci_request req;
	ci_errors errs;

	ci_request_init(&req, ci_operation_find(gw->provider, CI_OP_CREATE));
	ci_errors_init(&errs);
	ci_params_build(gw, params, &req, &errs);
	if (EG(exception)) {
		/* Not ours (an exit() or an Error from elsewhere): it goes up as it is, nothing is sent. */
		ci_errors_dtor(&errs);
	} else if (ci_errors_any(&errs)) {
		ci_errors_throw(&errs, gw->provider->title);
	} else {
		ci_errors_dtor(&errs);
		ci_engine_invoice(gw, &req, return_value);
	}
	ci_request_dtor(&req);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, createInvoice)
{
	HashTable *params;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	ci_gateway_create_invoice(gw, params, return_value);
	CI_LOG_CALL_END(gw, return_value);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, createInvoices)
{
	HashTable *batch;
	zend_long concurrency = 8;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(batch)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!ci_engine_concurrency_ok(gw, concurrency)) {
		RETURN_THROWS();
	}
	ci_engine_batch(gw, batch, (int)concurrency, return_value);
	CI_LOG_CALL_END(gw, return_value);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, getInvoice)
{
	zend_string *id;
	ci_gateway *gw;
	ci_failure f;
	int attempts = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	ci_failure_init(&f);
	if (ci_engine_lookup(gw, id, return_value, &f, &attempts) == FAILURE) {
		if (f.ce == ci_ce_InvalidArgumentException) {
			ci_throw_invalid("id", "%s", ZSTR_VAL(f.message));
		} else {
			ci_failure_throw(&f, gw->provider->name, attempts);
		}
	}
	ci_failure_dtor(&f);
	CI_LOG_CALL_END(gw, return_value);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, parseWebhook)
{
	zend_string *body;
	HashTable *headers = NULL;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(body)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(headers)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	gw->provider->parse_webhook(gw, body, headers, return_value);
	CI_LOG_CALL_END(gw, return_value); /* its confirming lookup, where the provider needs one */
}

ZEND_METHOD(CryptoInvoice_Cryptomus, getProvider)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(Z_CI_GATEWAY_P(ZEND_THIS)->provider->name);
}

ZEND_METHOD(CryptoInvoice_Gateways, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

/* The rest of a config whose credentials are missing, so that one exception names every problem
 * ("merchantId" is then both a missing merchant_id and an unknown option with its suggestion). */
static void ci_gateway_check_config(const ci_provider *p, HashTable *config, ci_errors *errs)
{
	const char *skip[] = {p->id_key, p->secret_key, NULL};
	ci_options o;

	ci_options_parse(&o, p, config, skip, errs);
	ci_options_dtor(&o);
}

ZEND_METHOD(CryptoInvoice_Gateways, create)
{
	zend_string *name;
	HashTable *config;
	const ci_provider *p;
	zval *id, *secret;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	p = ci_provider_by_name(ZSTR_VAL(name), ZSTR_LEN(name));
	if (!p) {
		zend_string *shown = ci_key_shown(NULL, ZSTR_VAL(name), ZSTR_LEN(name));
		ci_throw_invalid("provider", "provider must be one of %s, got \"%s\"", ci_provider_names(), ZSTR_VAL(shown));
		zend_string_release(shown);
		RETURN_THROWS();
	}
	id = zend_hash_str_find_deref(config, p->id_key, strlen(p->id_key));
	secret = zend_hash_str_find_deref(config, p->secret_key, strlen(p->secret_key));
	if (!id || Z_TYPE_P(id) != IS_STRING || !secret || Z_TYPE_P(secret) != IS_STRING) {
		ci_errors errs;
		ci_errors_init(&errs);
		if (!id || Z_TYPE_P(id) != IS_STRING) {
			ci_errors_add(&errs, p->id_key, "%s: config key %s is required and must be a string", p->title, p->id_key);
		}
		if (!secret || Z_TYPE_P(secret) != IS_STRING) {
			ci_errors_add(&errs, p->secret_key, "%s: config key %s is required and must be a string", p->title, p->secret_key);
		}
		ci_gateway_check_config(p, config, &errs);
		ci_errors_throw(&errs, p->title);
		RETURN_THROWS();
	}
	const char *skip[] = {p->id_key, p->secret_key, NULL};
	object_init_ex(return_value, ci_provider_ce(p));
	ci_gateway_init(Z_CI_GATEWAY_P(return_value), Z_STR_P(id), Z_STR_P(secret), config, skip);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}
/* }}} */

/* {{{ The guard: no secret leaves a gateway method in a throwable (docs/protocols.md §2)
 *
 * Every method of the provider classes and of Gateways runs through ci_gateway_guard(),
 * installed over the methods' handlers at startup. When a throwable leaves the method (ours,
 * a TypeError of argument parsing, or one from user code the method called), and for every
 * throwable createInvoices() returns as a result, it is scrubbed of the gateway's secrets and
 * of the secrets given in this very call (a constructor that failed has no gateway to ask):
 * message, getErrors(), getResponseBody(), and the arguments in its trace, where frames of
 * these classes also lose every value under a secret's config key. So exceptions that the
 * engine scrubbed already and those it never saw leave alike. */
typedef struct ci_guarded {
	zend_class_entry *scope;
	zend_string *name;
	zif_handler handler;
} ci_guarded;

/* Room for 24 methods per provider class and 24 of Gateways and InvoiceList. */
#define CI_GUARDED_MAX (CI_PROVIDER_COUNT * 24 + 24)
static ci_guarded ci_guarded_methods[CI_GUARDED_MAX];
static int ci_guarded_count;

/* Every provider class, Gateways, NULL. */
static zend_class_entry *ci_own_classes[CI_PROVIDER_COUNT + 2];

static zif_handler ci_guard_original(const zend_function *fn)
{
	/* By scope and name: a closure of the method ($gw->createInvoice(...)) is a copy of it. */
	for (int i = 0; i < ci_guarded_count; i++) {
		if (ci_guarded_methods[i].scope == fn->common.scope && zend_string_equals(ci_guarded_methods[i].name, fn->common.function_name)) {
			return ci_guarded_methods[i].handler;
		}
	}
	return NULL;
}

/* Secrets named by the call's own arguments: the constructor's key and options, create()'s config. */
static void ci_guard_arg_secrets(zend_execute_data *execute_data, ci_secrets *s)
{
	uint32_t n = ZEND_CALL_NUM_ARGS(execute_data);
	bool ctor = zend_string_equals_literal_ci(execute_data->func->common.function_name, "__construct");

	for (uint32_t i = 0; i < n; i++) {
		zval *arg = ZEND_CALL_ARG(execute_data, i + 1);
		ZVAL_DEREF(arg);
		if (ctor && i == 1 && Z_TYPE_P(arg) == IS_STRING) {
			ci_secrets_add(s, Z_STR_P(arg));
		}
		if (Z_TYPE_P(arg) == IS_ARRAY) {
			ci_policy_secrets_in_config(s, Z_ARRVAL_P(arg));
		}
	}
}

/* The gateway whose secrets a method's throwable must lose: the object itself, or the gateway an
 * InvoiceList pages through (its iteration sends requests too); NULL for Gateways. */
static zval *ci_guard_gateway(zend_execute_data *execute_data)
{
	if (Z_TYPE(EX(This)) != IS_OBJECT) {
		return NULL;
	}
	if (instanceof_function(Z_OBJCE(EX(This)), ci_ce_Gateway)) {
		return &EX(This);
	}
	if (Z_OBJCE(EX(This)) == ci_ce_InvoiceList) {
		ci_list *l = (ci_list *)((char *)Z_OBJ(EX(This)) - XtOffsetOf(ci_list, std));
		return Z_ISUNDEF(l->gateway) ? NULL : &l->gateway;
	}
	return NULL;
}

static void ci_guard_scrub(zend_execute_data *execute_data, zval *return_value)
{
	ci_secrets s;
	zend_object *ex = EG(exception);
	zval *item, *gw = ci_guard_gateway(execute_data);

	if (gw) {
		ci_policy_secrets(Z_CI_GATEWAY_P(gw), &s);
	} else {
		ci_secrets_init(&s);
	}
	ci_guard_arg_secrets(execute_data, &s);
	/* exit() unwinds as an internal object that is no throwable: it passes untouched. */
	if (ex && instanceof_function(ex->ce, zend_ce_throwable)) {
		ci_secrets_scrub_throwable(&s, ex, ci_own_classes, ci_policy_secret_keys);
	}
	if (!ex && Z_TYPE_P(return_value) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(return_value), item) {
			if (Z_TYPE_P(item) == IS_OBJECT && instanceof_function(Z_OBJCE_P(item), zend_ce_throwable)) {
				ci_secrets_scrub_throwable(&s, Z_OBJ_P(item), ci_own_classes, ci_policy_secret_keys);
			}
		} ZEND_HASH_FOREACH_END();
	}
	ci_secrets_dtor(&s);
}

/* No user code inside a call, either: invoice parameters hold only data (ci_params.c refuses
 * objects), so the one way left for user code to run mid-call is the cycle collector, which
 * runs destructors of garbage whenever its root buffer fills, and any release inside the
 * method (scrubbing and logging included) can trigger it. Such a destructor could re-enter the
 * gateway or exit() while transfers are in flight; the collection waits until the method has
 * returned instead (the roots are kept). A fatal error inside (memory_limit) must not leave the
 * collector off for the rest of the process, so the switch is restored on a bailout too. */
static ZEND_NAMED_FUNCTION(ci_gateway_guard)
{
	zif_handler original = ci_guard_original(execute_data->func);
	bool gc_was;
	volatile bool bailed_out = false;

	if (!original) {
		zend_throw_error(NULL, "CryptoInvoice: %s is not a guarded method", ZSTR_VAL(execute_data->func->common.function_name));
		return;
	}
	gc_was = gc_enable(false);
	zend_try {
		original(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		if (EG(exception) || Z_TYPE_P(return_value) == IS_ARRAY) {
			ci_guard_scrub(execute_data, return_value);
		}
	} zend_catch {
		bailed_out = true;
	} zend_end_try();
	gc_enable(gc_was);
	if (bailed_out) {
		zend_bailout();
	}
}

static void ci_guard_install(zend_class_entry *ce)
{
	zend_function *fn;

	ZEND_HASH_MAP_FOREACH_PTR(&ce->function_table, fn) {
		if (fn->type != ZEND_INTERNAL_FUNCTION || fn->common.scope != ce || !fn->internal_function.handler
				|| fn->internal_function.handler == ci_gateway_guard || ci_guarded_count == CI_GUARDED_MAX) {
			ZEND_ASSERT(ci_guarded_count < CI_GUARDED_MAX);
			continue;
		}
		ci_guarded_methods[ci_guarded_count].scope = ce;
		ci_guarded_methods[ci_guarded_count].name = fn->common.function_name;
		ci_guarded_methods[ci_guarded_count].handler = fn->internal_function.handler;
		ci_guarded_count++;
		fn->internal_function.handler = ci_gateway_guard;
	} ZEND_HASH_FOREACH_END();
}
/* }}} */

void ci_gateway_minit(void)
{
	ci_guarded_count = 0; /* a server that reloads the module registers the classes anew */
	memcpy(&ci_gateway_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	ci_gateway_handlers.offset = XtOffsetOf(ci_gateway, std);
	ci_gateway_handlers.free_obj = ci_gateway_free;
	ci_gateway_handlers.get_debug_info = ci_gateway_debug_info;
	ci_gateway_handlers.get_gc = ci_log_get_gc;
	/* A copy would share the pool key and rate limiter with nothing to gain: refuse it. */
	ci_gateway_handlers.clone_obj = NULL;
	/* Two gateways are never "equal": == would otherwise compare keys and options field by
	 * field (and say two shops' gateways are the same when they are not), as CurlHandle does. */
	ci_gateway_handlers.compare = zend_objects_not_comparable;
	for (size_t i = 0; i < CI_PROVIDER_COUNT; i++) {
		zend_class_entry *ce = ci_provider_ce(ci_provider_at(i));
		ce->create_object = ci_gateway_new;
		ci_guard_install(ce);
		ci_own_classes[i] = ce;
	}
	ci_guard_install(ci_ce_Gateways);
	ci_guard_install(ci_ce_InvoiceList); /* its iteration sends requests too */
	ci_own_classes[CI_PROVIDER_COUNT] = ci_ce_Gateways;
	ci_own_classes[CI_PROVIDER_COUNT + 1] = NULL;
}
