/* PSR-3 records and the engine's observation hooks: see ci_log.h.
 *
 * A record says what happened on the wire and nothing the wire carried: its message is fixed text
 * plus numbers, libcurl's own error text and a class name; its context holds the keys of README, "Logging and metrics"
 * only. No body, header value, signature, key, token, URL host or query can reach either, whatever
 * the provider answers.
 *
 * A logger that throws: the call ends as soon as it safely can (no further retry), the logger is
 * not called again during that call, and its exception is what the call throws, in place of the
 * call's result or exception. Until then it is held here, so the engine and libcurl never run with
 * an exception pending, and the gateway is left as after any other call. */
#include "php.h"
#include "zend_exceptions.h"
#include "ci_log.h"
#include "ci_http.h"
#include "ci_stats.h"

struct ci_log {
	zend_object *logger;      /* borrowed: gw->opts.logger owns it */
	zend_string *method;      /* "log" */
	zend_object *thrown;      /* the logger's exception, until the call ends */
	bool calling;             /* inside log(): a gateway call made from the logger logs nothing */
	/* The exchange just observed, for the retry or failure record that follows it. */
	const ci_request *req;
	zend_long status;
	int attempt;
	zend_long duration_ms;
	bool reused;
	zend_class_entry *error;
	char cause[96];           /* "HTTP 429" or "no answer (Timeout was reached)" */
};

typedef struct ci_log_fields {
	zend_long http_status;
	int attempt;
	zend_long duration_ms;
	bool reused;
	zend_class_entry *error;
} ci_log_fields;

/* {{{ The option */
/* 0: obj has a public log() that takes its values as given; -1: it has none; n > 0: its
 * parameter n (of $level, $message, $context) is by reference, so every call would warn
 * "must be passed by reference, value given" for the values the extension passes. */
static int ci_log_method_check(zend_object *obj)
{
	zend_fcall_info_cache fcc;
	zval name;
	int rc = 0;

	/* Visibility as seen from the gateway: a private or protected log() does not count. */
	ZVAL_STRINGL(&name, "log", 3);
	if (!zend_is_callable_ex(&name, obj, IS_CALLABLE_SUPPRESS_DEPRECATIONS, NULL, &fcc, NULL)) {
		rc = -1;
	} else {
		for (uint32_t i = 1; i <= 3 && fcc.function_handler; i++) {
			if (ARG_SHOULD_BE_SENT_BY_REF(fcc.function_handler, i)) {
				rc = (int)i;
				break;
			}
		}
		zend_release_fcall_info_cache(&fcc); /* a __call() trampoline */
	}
	zval_ptr_dtor(&name);
	return rc;
}

void ci_log_option(const ci_provider *p, zval *value, zval *slot, ci_errors *errs)
{
	const char *kind = zend_zval_type_name(value), *cls = "";
	int check = Z_TYPE_P(value) == IS_OBJECT ? ci_log_method_check(Z_OBJ_P(value)) : -1;

	if (check == 0) {
		zval_ptr_dtor(slot);
		ZVAL_COPY(slot, value);
		return;
	}
	if (check > 0) {
		static const char *const names[] = {"", "$level", "$message", "$context"};
		ci_errors_add(errs, "logger", "%s: option logger must take its log() arguments by value, got an object of class %s "
			"whose log() takes %s (parameter %d) by reference, which would raise a warning for every record",
			p->title, ZSTR_VAL(Z_OBJCE_P(value)->name), names[check], check);
		return;
	}
	if (Z_TYPE_P(value) == IS_OBJECT) {
		kind = "an object of class ";
		cls = ZSTR_VAL(Z_OBJCE_P(value)->name); /* an anonymous class's name ends at its NUL */
	}
	ci_errors_add(errs, "logger", "%s: option logger must be a PSR-3 logger, an object with a public "
		"log($level, $message, array $context) method (Psr\\Log\\LoggerInterface, Monolog\\Logger, Laravel's Log::channel()), "
		"got %s%s%s", p->title, kind, cls, *cls ? ", which has no public log() method" : "");
}
/* }}} */

struct ci_log *ci_log_new(zval *logger)
{
	struct ci_log *lg;

	if (Z_TYPE_P(logger) != IS_OBJECT) {
		return NULL;
	}
	lg = ecalloc(1, sizeof(*lg));
	lg->logger = Z_OBJ_P(logger);
	lg->method = zend_string_init("log", 3, 0);
	return lg;
}

void ci_log_free(struct ci_log *lg)
{
	if (!lg) {
		return;
	}
	if (lg->thrown) {
		OBJ_RELEASE(lg->thrown);
	}
	zend_string_release(lg->method);
	efree(lg);
}

HashTable *ci_log_get_gc(zend_object *obj, zval **table, int *n)
{
	ci_gateway *gw = ci_gateway_from_obj(obj);

	if (Z_TYPE(gw->opts.logger) == IS_OBJECT) {
		*table = &gw->opts.logger;
		*n = 1;
	} else {
		*table = NULL;
		*n = 0;
	}
	return obj->properties;
}

/* {{{ Records */
static bool ci_log_quiet(const struct ci_log *lg)
{
	return lg->thrown || lg->calling;
}

static const char *ci_log_operation(const ci_request *req)
{
	/* The public operation names, as supports() takes them. */
	static const char *const names[CI_OP__COUNT] = {
		[CI_OP_CREATE] = "create", [CI_OP_LOOKUP] = "lookup", [CI_OP_FIND] = "find", [CI_OP_LIST] = "list",
		[CI_OP_CANCEL] = "cancel", [CI_OP_REFUND] = "refund", [CI_OP_METHODS] = "paymentMethods",
		[CI_OP_REQUEST] = "request",
	};

	return (size_t)req->op < CI_OP__COUNT && names[req->op] ? names[req->op] : "request";
}

static void ci_log_context(zval *ctx, const ci_gateway *gw, const ci_request *req, const ci_log_fields *lf)
{
	/* The row's path as declared ("{id}" where an id goes): one value per endpoint, whatever the id. */
	const char *path = req->operation->path, *query = strchr(path, '?');

	array_init_size(ctx, 9);
	add_assoc_string(ctx, "provider", (char *)gw->provider->name);
	add_assoc_string(ctx, "operation", (char *)ci_log_operation(req));
	add_assoc_string(ctx, "method", req->operation->verb == CI_VERB_GET ? "GET" : "POST");
	add_assoc_stringl(ctx, "path", (char *)path, query ? (size_t)(query - path) : strlen(path));
	add_assoc_long(ctx, "http_status", lf->http_status);
	add_assoc_long(ctx, "attempt", lf->attempt);
	add_assoc_long(ctx, "duration_ms", lf->duration_ms);
	add_assoc_bool(ctx, "reused_connection", lf->reused);
	if (lf->error) {
		add_assoc_str(ctx, "error", zend_string_copy(lf->error->name));
	}
}

/* Calls $logger->log($level, $message, $context); takes message. */
static void ci_log_emit(struct ci_log *lg, const char *level, zend_string *message, zval *context)
{
	zval args[3], rv;

	ZVAL_STRING(&args[0], level);
	ZVAL_STR(&args[1], message);
	ZVAL_COPY_VALUE(&args[2], context);
	ZVAL_UNDEF(&rv);
	lg->calling = true;
	zend_call_method_if_exists(lg->logger, lg->method, &rv, 3, args);
	lg->calling = false;
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	if (EG(exception)) {
		/* Held, not pending: the engine still has libcurl handles and a held failure to put away. */
		lg->thrown = EG(exception);
		GC_ADDREF(lg->thrown);
		zend_clear_exception();
	}
}

static void ci_log_record(ci_gateway *gw, const ci_request *req, const char *level, const ci_log_fields *lf,
	zend_string *message)
{
	zval ctx;

	ci_log_context(&ctx, gw, req, lf);
	ci_log_emit(gw->log, level, message, &ctx);
}

static void ci_log_remember(struct ci_log *lg, const ci_request *req, const ci_http_response *rs, int attempt,
	zend_class_entry *error)
{
	lg->req = req;
	lg->status = rs->status;
	lg->attempt = attempt;
	lg->duration_ms = (zend_long)(rs->duration * 1000 + 0.5);
	lg->reused = rs->reused;
	lg->error = error;
	if (rs->error == CI_HTTP_OK) {
		snprintf(lg->cause, sizeof(lg->cause), "HTTP %ld", rs->status);
	} else if (rs->error == CI_HTTP_TOO_LARGE) {
		snprintf(lg->cause, sizeof(lg->cause), "HTTP %ld, an answer over 1 MiB", rs->status);
	} else if (rs->status > 0) {
		snprintf(lg->cause, sizeof(lg->cause), "HTTP %ld, then %s", rs->status, rs->reason);
	} else {
		snprintf(lg->cause, sizeof(lg->cause), "no answer (%s)", rs->reason);
	}
}
/* }}} */

/* {{{ Hooks */
void ci_observe_exchange(ci_gateway *gw, const ci_request *req, const ci_http_response *rs, int attempt,
	zend_class_entry *error)
{
	struct ci_log *lg = gw->log;

	ci_stats_exchange(gw->provider, gw->http->pool_key, rs);
	if (!lg || lg->calling) {
		return;
	}
	ci_log_remember(lg, req, rs, attempt, error);
	if (!ci_log_quiet(lg)) {
		ci_log_fields lf = {lg->status, attempt, lg->duration_ms, lg->reused, error};
		ci_log_record(gw, req, "info", &lf, zend_strpprintf(0, "%s %s: %s in " ZEND_LONG_FMT " ms",
			gw->provider->name, ci_log_operation(req), lg->cause, lg->duration_ms));
	}
}

bool ci_observe_retry(ci_gateway *gw, const ci_request *req, double wait, bool may_stop)
{
	struct ci_log *lg = gw->log;

	if (lg && !ci_log_quiet(lg) && lg->req == req) {
		ci_log_fields lf = {lg->status, lg->attempt, lg->duration_ms, lg->reused, lg->error};
		ci_log_record(gw, req, "warning", &lf, zend_strpprintf(0, "%s %s: retry in " ZEND_LONG_FMT " ms after %s",
			gw->provider->name, ci_log_operation(req), (zend_long)(wait * 1000 + 0.5), lg->cause));
	}
	if (lg && lg->thrown && may_stop) {
		return false;
	}
	ci_stats_retry(gw->provider);
	return true;
}

void ci_observe_failure(ci_gateway *gw, const ci_request *req, const ci_failure *f, int attempts)
{
	struct ci_log *lg = gw->log;

	if (attempts <= 0 || !f->ce) {
		return; /* nothing was sent: the caller's own mistake, thrown at once */
	}
	ci_stats_failure(gw->provider, f->ce);
	if (lg && !ci_log_quiet(lg)) {
		bool same = lg->req == req;
		ci_log_fields lf = {f->http_status, attempts, same ? lg->duration_ms : 0, same && lg->reused, f->ce};
		ci_log_record(gw, req, "error", &lf, zend_strpprintf(0, "%s %s: failed with %s after %d attempt%s",
			gw->provider->name, ci_log_operation(req), ZSTR_VAL(f->ce->name), attempts, attempts == 1 ? "" : "s"));
	}
}

void ci_log_call_end(ci_gateway *gw, zval *return_value)
{
	zend_object *ex = gw->log->thrown;

	if (!ex) {
		return;
	}
	gw->log->thrown = NULL;
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	if (EG(exception)) {
		zend_clear_exception(); /* the call's own failure: the logger's exception goes instead */
	}
	zend_throw_exception_internal(ex);
}
/* }}} */
