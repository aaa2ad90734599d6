/* The provider adapter interface.
 *
 * A provider is static data (a parameter table, a response-mapping table and a
 * status table) plus a few hooks for what data cannot say (signing, envelopes).
 * The request engine (ci_params.c, ci_engine.c) walks the tables; a provider file
 * never touches libcurl, and the transport never knows a provider. Adding a
 * provider is one file under providers/ and one row in ci_providers.h. */
#ifndef CI_PROVIDER_H
#define CI_PROVIDER_H

#include "php.h"
#include "ci_errors.h"
#include "ci_options.h"
#include "ci_classes.h"
#include "ci_crypto.h"
#include "ci_json.h"
#include "ci_decimal.h"
#include "ci_text.h"
#include "ci_providers.h"

typedef struct ci_gateway ci_gateway;
typedef struct ci_request ci_request;
typedef struct ci_field ci_field;

/* {{{ Parameter tables: one row per accepted key of createInvoice(). */
typedef enum {
	CI_P_STRING,   /* string; ints are written as their decimal text */
	CI_P_AMOUNT,   /* money: positive decimal, never through a binary float */
	CI_P_DECIMAL,  /* non-negative decimal (percentages) */
	CI_P_INT,
	CI_P_BOOL,
	CI_P_URL,      /* absolute http(s) URL */
	CI_P_EMAIL,
	CI_P_LIST,     /* list of strings (choices apply), or of objects (items apply) */
	CI_P_OBJECT,   /* string-keyed array validated against items */
	CI_P_META,     /* string, or array sent as its JSON text */
	CI_P_RAW_LIST  /* list passed through as given (only JSON-encodable values) */
} ci_ptype;

#define CI_F_UNIFIED     (1u << 0) /* a key of the unified table, docs/protocols.md §3 */
#define CI_F_REQUIRED    (1u << 1)
#define CI_F_RANGE       (1u << 2) /* min/max: value for numbers, length for strings */
#define CI_F_ALPHA_DASH  (1u << 3) /* only A-Za-z0-9_- */
#define CI_F_JSON_NUMBER (1u << 4) /* decimal text goes out as a JSON number (canonical, RFC 8259) */
#define CI_F_WIRE_INT    (1u << 5) /* the wire wants a number where the caller may give text */
#define CI_F_BYTES       (1u << 6) /* CI_F_RANGE counts UTF-8 bytes; otherwise characters */
#define CI_F_UPPER       (1u << 7) /* a currency or coin code: matched in any case, sent upper case */
#define CI_F_LOWER       (1u << 8) /* a network code the provider writes lower case (Cryptomus "tron") */
#define CI_F_ECHOED      (1u << 9) /* the create answer repeats it: an answer with another value is another order's */

/* Converts a unified value into its wire value; reports problems to errs under param. */
typedef void (*ci_convert_fn)(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs);

struct ci_field {
	const char *key;              /* the key in the caller's array */
	const char *wire;             /* dotted path in the body; NULL: not expressible */
	ci_ptype type;
	uint32_t flags;
	double min, max;              /* with CI_F_RANGE */
	const char *const *choices;   /* NULL-terminated allowed strings, or NULL */
	const ci_field *items;        /* OBJECT / LIST of objects: nested table, {NULL}-terminated */
	ci_convert_fn convert;        /* unified keys whose wire form differs */
	const char *hint;             /* not expressible: where the setting lives instead */
};
/* }}} */

/* {{{ Invoice properties, in the stub's declaration order. */
typedef enum {
	CI_INV_PROVIDER, CI_INV_ID, CI_INV_ORDER_ID, CI_INV_STATUS, CI_INV_PROVIDER_STATUS,
	CI_INV_IS_FINAL, CI_INV_AMOUNT, CI_INV_CURRENCY, CI_INV_URL, CI_INV_ADDRESS,
	CI_INV_PAY_AMOUNT, CI_INV_PAY_CURRENCY, CI_INV_NETWORK, CI_INV_PAID_AMOUNT,
	CI_INV_PAID_AMOUNT_IN_CURRENCY, CI_INV_PAYMENT_OPTIONS,
	CI_INV_CREATED_AT, CI_INV_EXPIRES_AT, CI_INV_TEST_MODE, CI_INV_RAW,
	CI_INV__COUNT
} ci_inv_prop;

typedef struct ci_invoice_data {
	zval props[CI_INV__COUNT]; /* UNDEF: not given (null, or derived) */
} ci_invoice_data;

typedef enum {
	CI_O_STRING,    /* string (a number where a string is documented is the wrong shape) */
	CI_O_DECIMAL,   /* decimal string, or a JSON number as its shortest text */
	CI_O_URL,       /* absolute URL; a bare host/path gets https:// */
	CI_O_TIME,      /* date text; provider->time_zone when it names no zone */
	CI_O_UNIX_TIME, /* seconds since the epoch */
	CI_O_BOOL
} ci_otype;

#define CI_O_REQUIRED (1u << 0)

typedef struct ci_out_field {
	ci_inv_prop prop;
	const char *path;  /* dotted path in the payload object; NULL ends the table */
	ci_otype type;
	uint32_t flags;
} ci_out_field;
/* }}} */

/* {{{ Status words, in Status's case order */
typedef enum {
	CI_ST_CREATED, CI_ST_PROCESSING, CI_ST_PAID, CI_ST_OVERPAID, CI_ST_PARTIALLY_PAID,
	CI_ST_EXPIRED, CI_ST_CANCELED, CI_ST_FAILED, CI_ST_REFUNDING, CI_ST_REFUND_FAILED, CI_ST_REFUNDED,
	CI_ST_UNKNOWN
} ci_status;

typedef struct ci_status_word {
	const char *word; /* NULL ends the table */
	ci_status status;
} ci_status_word;
/* }}} */

/* {{{ Operations: each provider declares what it can do as rows of a table the engine runs.
 *
 * One row per operation says where it goes (method, path), how the id travels, which caller keys it
 * takes and how its answer reads; envelopes and signing are the provider's, the same for every row.
 * An operation a provider has no row for is one it does not offer. */
typedef enum {
	CI_OP_CREATE,  /* createInvoice(), createInvoices() */
	CI_OP_LOOKUP,  /* getInvoice(), getInvoices(), and webhooks confirmed by a lookup */
	CI_OP_FIND,    /* findInvoice() by order id, where the provider looks one up directly */
	CI_OP_LIST,    /* listInvoices(), and findInvoice() where it scans */
	CI_OP_CANCEL,  /* cancelInvoice() */
	CI_OP_REFUND,  /* refundInvoice() */
	CI_OP_METHODS, /* getPaymentMethods() */
	CI_OP_REQUEST, /* request(): never a row; the path is the caller's */
	CI_OP__COUNT
} ci_op;

/* What a row's answer is: an invoice (built by the out table), or the provider's success payload
 * as it came (a list page, "ok", a rate), read by the operation itself. */
typedef enum { CI_ANS_INVOICE, CI_ANS_PAYLOAD } ci_answer;

typedef enum { CI_BODY_JSON, CI_BODY_FORM } ci_body_kind;
typedef enum { CI_VERB_POST, CI_VERB_GET } ci_verb;

/* How the invoice id travels in a row that names one (path "{id}", or id_wire in the body). */
#define CI_OPF_ID_LIST (1u << 0) /* as a one-element list: {"uuids": [id]} */
#define CI_OPF_ID_BARE (1u << 1) /* without the provider's id_prefix */
#define CI_OPF_ID_PREFIXED (1u << 2) /* with the provider's id_prefix ("INV-"), added where the caller left it out */
#define CI_OPF_LOCAL (1u << 3) /* answered from the extension's own table, nothing is sent (CryptoCloud's coins) */
#define CI_OPF_CURSOR_QUERY (1u << 4) /* paging: the cursor goes in the query string (?cursor=), not the body */
#define CI_OPF_LIMIT_IS_END (1u << 5) /* paging: the size key is the index of the page's last record */
#define CI_OPF_STATUS_ONE (1u << 6) /* list: the status key takes one word (else a list of words) */
#define CI_OPF_DATES_REQUIRED (1u << 7) /* list: both date keys must be sent (a missing one is filled in) */
#define CI_OPF_LIST_DETAILS (1u << 8) /* list: items lack fields (the order id): each page is read again
                                       * through the lookup row, ids_max ids a request */
#define CI_OPF_PAYOUT_KEY (1u << 9) /* signed with the payout key option, which it then requires */
#define CI_OPF_SHORT_PAGE_ENDS (1u << 10) /* offset list: the provider documents its largest page, so a
	* page shorter than asked is the last (elsewhere only an empty page or the total ends the walk) */

/* Paging of a list row, driven by the engine: which request key moves through the pages and
 * where the answer says there are more. CI_PAGE_NONE for every row that is not a list. */
typedef enum { CI_PAGE_NONE, CI_PAGE_NUMBER, CI_PAGE_OFFSET, CI_PAGE_CURSOR } ci_page_kind;

typedef struct ci_paging {
	ci_page_kind kind;
	const char *param;  /* request key: the page number, the offset or the cursor */
	const char *size;   /* request key of the page size, or NULL */
	int size_max;       /* the largest page the provider serves */
	const char *items;  /* answer path of the page's list ("" or NULL: the payload is the list) */
	const char *next;   /* answer path of the next cursor, or of the last page's number */
	const char *from, *to; /* request keys of the creation-date filter, or NULL (filtered locally) */
	const char *date_format; /* their format, as PHP's date() writes it ("d.m.Y") */
	int zone_offset;    /* seconds east of UTC of the zone the provider reads those dates in */
	const char *status; /* request key of the status filter, or NULL (filtered locally) */
	const char *total;  /* answer path of the number of records the list holds, or NULL */
} ci_paging;

typedef struct ci_operation {
	ci_op op;
	ci_verb verb;
	const char *path;        /* NULL ends the table; "{id}" where the API puts the id in the path */
	const char *id_wire;     /* body key of the invoice id, or NULL */
	uint32_t flags;          /* CI_OPF_* */
	const ci_field *params;  /* the caller's keys, {NULL}-terminated, or NULL for none */
	const ci_out_field *out; /* the answer's mapping onto Invoice; NULL: the provider's out */
	ci_answer answer;        /* an invoice, or the payload for the operation to read */
	int ids_max;             /* a CI_OPF_ID_LIST lookup: how many ids one request may ask for */
	ci_paging paging;
	/* After the parameter walk: defaults, cross-field rules, credentials in the body. */
	void (*finish)(const ci_gateway *gw, ci_request *req, ci_errors *errs);
} ci_operation;

/* The provider's row for op, or NULL when it does not offer it. */
const ci_operation *ci_operation_find(const struct ci_provider *p, ci_op op);
/* }}} */

/* What a provider's envelope said. */
typedef enum {
	CI_REPLY_OK,
	CI_REPLY_ERROR,       /* documented error shape: ApiException */
	CI_REPLY_AUTH,        /* bad key or signature: AuthenticationException */
	CI_REPLY_RATE_LIMIT,  /* RateLimitException */
	CI_REPLY_NOT_FOUND,   /* a lookup of an id the provider does not know: ApiException */
	CI_REPLY_UNEXPECTED   /* not the documented shape */
} ci_reply;

#define CI_PROV_SECRET_KEY_OPTION (1u << 0) /* accepts the secret_key option */
#define CI_PROV_PAYOUT_KEY_OPTION (1u << 1) /* accepts the payout_key option */

typedef struct ci_provider {
	const char *name;          /* "cryptomus": getProvider(), Gateways::create() */
	const char *title;         /* "Cryptomus": messages */
	const char *id_key;        /* Gateways::create() config keys */
	const char *secret_key;
	const char *base_url;      /* production */
	const ci_operation *operations; /* what it can do, {.path = NULL}-terminated */
	ci_body_kind body_kind;    /* of every row */
	const ci_out_field *out;   /* answer → Invoice, for rows without their own, and webhooks */
	const ci_status_word *statuses;
	const char *time_zone;     /* for times written without a zone */
	const char *id_prefix;     /* invoice ids are written with or without it ("INV-"), or NULL */
	double rate_limit;         /* default requests per second, 0 = none */
	uint32_t flags;

	/* Constructor: credential shape checks (Bitsby's UUID). */
	void (*check_credentials)(const ci_gateway *gw, ci_errors *errs);
	/* Constructor: the fixed headers (auth), built once per gateway. */
	void (*init_headers)(ci_gateway *gw);
	/* Before each attempt, before encoding: fresh nonce. */
	void (*before_send)(const ci_gateway *gw, ci_request *req);
	/* After encoding each attempt: the signature header over req->encoded. */
	void (*sign)(const ci_gateway *gw, ci_request *req);
	/* Reads the decoded answer: *payload points at the invoice object on CI_REPLY_OK;
	 * otherwise f holds the message and the provider's errors. */
	ci_reply (*unwrap)(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
		zval **payload, ci_failure *f);
	/* After the out table: what the table cannot say (payment options, request echoes). */
	zend_result (*finish_invoice)(const ci_gateway *gw, const ci_request *req, zval *payload,
		ci_invoice_data *inv, ci_failure *f);
	/* getPaymentMethods(): appends a PaymentMethod (ci_payment_method_add) per coin and network of
	 * the payload (NULL for a CI_OPF_LOCAL row: the provider's own table). */
	zend_result (*payment_methods)(const ci_gateway *gw, zval *payload, zval *list, ci_failure *f);
	/* parseWebhook(): verify and build, or throw WebhookException. */
	void (*parse_webhook)(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value);
} ci_provider;

/* {{{ The gateway object behind every provider class */
#define CI_MAX_HEADERS 4

struct ci_gateway {
	const ci_provider *provider;
	zend_string *id;        /* merchant id / shop id / public key / project id */
	zend_string *secret;    /* api key / private key / token: never shown */
	ci_options opts;
	zend_string *headers[CI_MAX_HEADERS]; /* fixed, "Name: value" */
	int nheaders;
	zend_string *urls[CI_OP__COUNT]; /* per operation whose path names no id, built once */
	void *parsed_urls[CI_OP__COUNT]; /* the same URLs parsed once by the transport (NULL: pass the text) */
	struct ci_http_config *http; /* the transport's fixed settings, built once (ci_http.h) */
	zend_string *limit_key; /* rate limiter key: digest of provider and secret */
	struct ci_log *log;     /* the logger option's state (ci_log.c); NULL without one */
	bool ready;             /* constructed successfully */
	zend_object std;
};

static inline ci_gateway *ci_gateway_from_obj(zend_object *obj)
{
	return (ci_gateway *)((char *)obj - XtOffsetOf(ci_gateway, std));
}
#define Z_CI_GATEWAY_P(zv) ci_gateway_from_obj(Z_OBJ_P(zv))

void ci_gateway_add_header(ci_gateway *gw, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
/* }}} */

/* {{{ One request in the making */
struct ci_request {
	ci_op op;
	const ci_operation *operation; /* the provider's row for op */
	zend_string *url;       /* built for this request when the path names the id, else NULL */
	zval body;              /* wire fields, nested arrays */
	zval owners;            /* wire path -> the caller's key that set it */
	zval raw_numbers;       /* top-level wire keys written as JSON numbers */
	zend_string *encoded;   /* JSON bytes of the current attempt */
	zend_string *attempt_header; /* per-attempt header (signature) */
	bool idempotent;        /* the provider deduplicates this create: 5xx may be retried */
};

/* Whether req is about one invoice the caller named (lookup, find, cancel, refund): an answer that
 * says "not found" is then about that invoice, and is the not-found answer (SPEC §5). */
static inline bool ci_request_names_invoice(const ci_request *req)
{
	return req && (req->op == CI_OP_LOOKUP || req->op == CI_OP_FIND || req->op == CI_OP_CANCEL || req->op == CI_OP_REFUND);
}

/* Whether req's row takes the success payload as it came (a page, "ok", a rate): unwrap hooks
 * hand it over whatever its type instead of looking for an invoice in it. */
static inline bool ci_request_wants_payload(const ci_request *req)
{
	return req && req->operation->answer == CI_ANS_PAYLOAD;
}
/* }}} */

/* {{{ Registry (the rows: ci_providers.h; the lookups: ci_providers.c) */
#define CI_PROVIDER_DECLARE(name, Class) extern const ci_provider ci_provider_##name;
CI_PROVIDERS(CI_PROVIDER_DECLARE)
#undef CI_PROVIDER_DECLARE

/* MINIT, after the classes are registered: ces[i] is the class of registry row i. */
void ci_providers_minit(zend_class_entry *const *ces);
const ci_provider *ci_provider_by_name(const char *name, size_t len);
const ci_provider *ci_provider_by_ce(const zend_class_entry *ce);
zend_class_entry *ci_provider_ce(const ci_provider *p);
/* Registry order, for per-provider figures (Gateways::stats()); index is count() when unknown. */
size_t ci_provider_count(void);
const ci_provider *ci_provider_at(size_t i);
size_t ci_provider_index(const ci_provider *p);
/* "cryptomus, cryptocloud, onchainpay or bitsby": every name, in registry order */
const char *ci_provider_names(void);
/* }}} */

/* {{{ What a provider may use
 *
 * A provider file includes this header only: the types above, and the helpers below (parameters
 * and body, failures and error text, nonces, invoice building, callbacks). The engine's internals
 * (ci_params.h, ci_engine.h, ci_invoice.h, ci_policy.h, ci_http.h) are not for providers. */

/* {{{ Parameters and the request body */
/* The row of a unified key the provider has no field for (docs/protocols.md §3, "not
 * expressible"): giving it is an InvalidArgumentException that names hint, where the setting
 * lives instead; with the option strict => false the key is dropped. One macro for every
 * provider, so such a row always reads and behaves the same. */
#define CI_NOT_EXPRESSIBLE(k, t, h) {.key = (k), .type = (t), .flags = CI_F_UNIFIED, .hint = (h)}

/* Validates value against f and writes its wire form to out (UNDEF after a problem). */
void ci_param_check(const ci_gateway *gw, const ci_field *f, zval *value, const char *param, ci_errors *errs, zval *out);

/* Sets a dotted wire path; a path another key already set is a conflict. */
void ci_body_set(const ci_gateway *gw, ci_request *req, const char *wire, zval *value, const char *param, ci_errors *errs);
/* The value at a dotted wire path, or NULL. */
zval *ci_body_get(ci_request *req, const char *wire);
/* Adds a value that no caller key set (credentials, defaults, nonces), replacing any. */
void ci_body_put(ci_request *req, const char *key, zval *value);
void ci_body_put_str(ci_request *req, const char *key, zend_string *value);
/* Marks a top-level body key whose decimal text goes out as a JSON number. */
void ci_body_mark_number(ci_request *req, const char *key);

/* For expires_in where the wire counts whole minutes: an integer number of seconds that is a
 * positive multiple of 60 and at most max_minutes minutes, as minutes; FAILURE after reporting
 * why (unit names the wire's field). */
zend_result ci_param_minutes(const ci_gateway *gw, zval *value, const char *param, const char *unit,
	zend_long max_minutes, ci_errors *errs, zend_long *minutes);

/* Whether v is data only (strings, numbers, booleans, null, arrays of them; no object, no
 * NAN/INF, not nested too deep); reports where it is not. Objects are refused because their
 * jsonSerialize()/__toString() is user code that would run inside the call. */
bool ci_param_plain(const ci_gateway *gw, zval *v, const char *param, ci_errors *errs);
/* A copy of plain data that shares nothing the caller can change (arrays rebuilt, references resolved). */
void ci_plain_copy(zval *v, zval *out);
/* What v reads as in messages (ci_value_describe()), except that a text holding one of gw's
 * secrets is not shown. */
zend_string *ci_param_describe(const ci_gateway *gw, zval *v);
/* }}} */

/* {{{ Envelopes: failures and their text (ci_errors.h: ci_failure_set, ci_errors_add) */
/* For unwrap hooks: records what the provider's envelope said went wrong. */
void ci_failure_provider(const ci_gateway *gw, ci_failure *f, ci_reply kind, zend_long http,
	const char *message, zval *errors);

/* For unwrap hooks: "amount: validation.required; currency: a, b" from a provider's
 * {field: [messages]} (or {field: message}) bag. Entries under general_key, or with integer
 * keys, are written without a field name. */
zend_string *ci_errors_bag_text(zval *bag, const char *general_key);

/* Whether two invoice ids are the same: byte for byte once the provider's id_prefix (any case)
 * is dropped from either, or as UUIDs, whose hex digits may be written in either case. */
bool ci_engine_same_id(const ci_provider *p, const char *a, size_t alen, const char *b, size_t blen);
/* }}} */

/* {{{ Nonces */
/* A nonce no other request of this key has used: milliseconds, then the process id,
 * then a sequence, as one decimal string that only grows within a process. */
zend_string *ci_nonce_next(void);
/* }}} */

/* {{{ Answers: building the Invoice (finish_invoice hooks) */
/* Out table + finish hook + object: the whole path from a verified payload to an Invoice. */
zend_result ci_invoice_from_payload(const ci_gateway *gw, const ci_request *req, zval *payload,
	zval *return_value, ci_failure *f);

/* The value at a dotted path of a decoded payload, or NULL (also for JSON null). */
zval *ci_payload_get(zval *payload, const char *path);

/* One field as an out table row reads it: absent is fine unless required; a value of the wrong
 * shape is an UnexpectedResponseException naming the path. */
zend_result ci_invoice_read(const ci_gateway *gw, zval *payload, const ci_out_field *o, ci_invoice_data *d,
	ci_failure *f);
void ci_invoice_set_str(ci_invoice_data *d, ci_inv_prop prop, zend_string *s);
/* Text fit for an Invoice property: no C0 control character or DEL, and valid UTF-8. */
bool ci_text_clean(const zend_string *s);
/* Text of a payload scalar (string, or a number as its shortest decimal), or NULL. */
zend_string *ci_payload_text(zval *v);
/* Appends ['currency'=>, 'network'=>, 'address'=>, 'amount'=>] to the payment options; false
 * (nothing added) when a text is not ci_text_clean(). */
bool ci_invoice_add_option(ci_invoice_data *d, zend_string *currency, zend_string *network,
	zend_string *address, zend_string *amount);
/* }}} */

/* {{{ Payment methods (payment_methods hooks) */
typedef struct ci_method_data {
	zend_string *currency;      /* required */
	zend_string *network;       /* NULL: the coin has one; written lower case */
	bool available;
	zval *min, *max, *fee_percent, *fee_amount; /* decimal text or a JSON number, or NULL */
	zval *raw;                  /* the provider's entry; NULL: none (a table of the extension's) */
} ci_method_data;
/* Appends a PaymentMethod to list; FAILURE (nothing added, f filled) when a field is not a clean
 * text or a decimal. */
zend_result ci_payment_method_add(const ci_gateway *gw, zval *list, const ci_method_data *m, ci_failure *f);
/* }}} */

/* {{{ Callbacks */
/* WebhookException codes: what a shop answers depends on them. The stub declares the same
 * values as WebhookException::REFUSED, ::NOT_AN_INVOICE and ::CONFIGURATION. */
typedef enum {
	CI_WEBHOOK_REFUSED = 0,     /* forged, tampered, expired or malformed: answer 400 */
	CI_WEBHOOK_NOT_INVOICE = 1, /* genuine, but not about an invoice (Cryptomus wallet, payout) */
	CI_WEBHOOK_CONFIG = 2       /* this gateway cannot verify it: a setup mistake, not a forgery */
} ci_webhook_code;

/* Throws WebhookException(message, code). */
void ci_webhook_throw(ci_webhook_code code, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* PHP's json_encode(v, options) exactly as it runs under the default php.ini
 * (serialize_precision -1, depth 512), whatever the shop's ini says: providers that
 * sign a re-encoding (Cryptomus) sign these bytes. NULL when v cannot be encoded. */
zend_string *ci_webhook_json_encode(zval *v, int options);

/* Whether the body is 1 byte to 1 MiB long; else a WebhookException has been thrown. */
bool ci_webhook_size_ok(const ci_gateway *gw, zend_string *body);

/* The callback's fields: a JSON object, or form-urlencoded pairs (at most 1000, read
 * without php.ini: no max_input_vars, arg_separator.input or nesting level). On FAILURE a
 * WebhookException ("<Title> webhook is malformed: ...") has been thrown. */
zend_result ci_webhook_fields(const ci_gateway *gw, zend_string *body, zval *out);

/* The first of id_keys present in fields as a non-empty string (or integer), or NULL. */
zend_string *ci_webhook_id(zval *fields, const char *const *id_keys);

/* Whether a provider's error text says the invoice asked for does not exist ("Invoice not
 * found", "Payment not found"): the documented not-found answer of a lookup, whatever its
 * HTTP status. Other things not found (a project, a route) do not count. */
bool ci_says_not_found(const char *s, size_t len);

/* The invoice a verified (or lookup-confirmed) callback names, as getInvoice() finds it.
 * An id the provider does not know is a WebhookException ("<Title> <what> names invoice X,
 * which <Title> does not know<why>"); a failed lookup (network, 5xx) keeps its own class. */
void ci_webhook_lookup(ci_gateway *gw, zend_string *id, const char *what, const char *why, zval *return_value);
/* For providers without a signature scheme: the invoice as getInvoice() finds it.
 * The body's own status and amounts are never believed. An id the provider does
 * not know is a WebhookException; a failed lookup (network, 5xx) keeps its own class. */
void ci_webhook_confirm_by_lookup(ci_gateway *gw, zend_string *body, const char *const *id_keys, zval *return_value);
/* }}} */
/* }}} */

#endif
