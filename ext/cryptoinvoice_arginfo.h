/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d6d84f273d01914c541cd77538e881dcfe9f616c */

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateway_createInvoice, 0, 1, CryptoInvoice\\Invoice, 0)
	ZEND_ARG_TYPE_INFO(0, params, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_createInvoices, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, batch, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, concurrency, IS_LONG, 0, "8")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateway_getInvoice, 0, 1, CryptoInvoice\\Invoice, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateway_parseWebhook, 0, 1, CryptoInvoice\\Invoice, 0)
	ZEND_ARG_TYPE_INFO(0, body, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_getProvider, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_supports, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, operation, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateway_findInvoice, 0, 1, CryptoInvoice\\Invoice, 1)
	ZEND_ARG_TYPE_INFO(0, orderId, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, since, DateTimeInterface, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_getInvoices, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, ids, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, concurrency, IS_LONG, 0, "8")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateway_listInvoices, 0, 0, CryptoInvoice\\InvoiceList, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, filter, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_Gateway_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_refundInvoice, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, params, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_getPaymentMethods, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Gateway_request, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, body, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CryptoInvoice_Cryptomus___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, merchantId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, apiKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_Cryptomus_createInvoice arginfo_class_CryptoInvoice_Gateway_createInvoice

#define arginfo_class_CryptoInvoice_Cryptomus_createInvoices arginfo_class_CryptoInvoice_Gateway_createInvoices

#define arginfo_class_CryptoInvoice_Cryptomus_getInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Cryptomus_parseWebhook arginfo_class_CryptoInvoice_Gateway_parseWebhook

#define arginfo_class_CryptoInvoice_Cryptomus_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_Cryptomus_supports arginfo_class_CryptoInvoice_Gateway_supports

#define arginfo_class_CryptoInvoice_Cryptomus_findInvoice arginfo_class_CryptoInvoice_Gateway_findInvoice

#define arginfo_class_CryptoInvoice_Cryptomus_getInvoices arginfo_class_CryptoInvoice_Gateway_getInvoices

#define arginfo_class_CryptoInvoice_Cryptomus_listInvoices arginfo_class_CryptoInvoice_Gateway_listInvoices

#define arginfo_class_CryptoInvoice_Cryptomus_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Cryptomus_refundInvoice arginfo_class_CryptoInvoice_Gateway_refundInvoice

#define arginfo_class_CryptoInvoice_Cryptomus_getPaymentMethods arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Cryptomus_request arginfo_class_CryptoInvoice_Gateway_request

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CryptoInvoice_CryptoCloud___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, shopId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, apiKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_CryptoCloud_createInvoice arginfo_class_CryptoInvoice_Gateway_createInvoice

#define arginfo_class_CryptoInvoice_CryptoCloud_createInvoices arginfo_class_CryptoInvoice_Gateway_createInvoices

#define arginfo_class_CryptoInvoice_CryptoCloud_getInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_CryptoCloud_parseWebhook arginfo_class_CryptoInvoice_Gateway_parseWebhook

#define arginfo_class_CryptoInvoice_CryptoCloud_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_CryptoCloud_supports arginfo_class_CryptoInvoice_Gateway_supports

#define arginfo_class_CryptoInvoice_CryptoCloud_findInvoice arginfo_class_CryptoInvoice_Gateway_findInvoice

#define arginfo_class_CryptoInvoice_CryptoCloud_getInvoices arginfo_class_CryptoInvoice_Gateway_getInvoices

#define arginfo_class_CryptoInvoice_CryptoCloud_listInvoices arginfo_class_CryptoInvoice_Gateway_listInvoices

#define arginfo_class_CryptoInvoice_CryptoCloud_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_CryptoCloud_refundInvoice arginfo_class_CryptoInvoice_Gateway_refundInvoice

#define arginfo_class_CryptoInvoice_CryptoCloud_getPaymentMethods arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_CryptoCloud_request arginfo_class_CryptoInvoice_Gateway_request

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CryptoInvoice_OnChainPay___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, publicKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, privateKey, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_OnChainPay_createInvoice arginfo_class_CryptoInvoice_Gateway_createInvoice

#define arginfo_class_CryptoInvoice_OnChainPay_createInvoices arginfo_class_CryptoInvoice_Gateway_createInvoices

#define arginfo_class_CryptoInvoice_OnChainPay_getInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_OnChainPay_parseWebhook arginfo_class_CryptoInvoice_Gateway_parseWebhook

#define arginfo_class_CryptoInvoice_OnChainPay_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_OnChainPay_supports arginfo_class_CryptoInvoice_Gateway_supports

#define arginfo_class_CryptoInvoice_OnChainPay_findInvoice arginfo_class_CryptoInvoice_Gateway_findInvoice

#define arginfo_class_CryptoInvoice_OnChainPay_getInvoices arginfo_class_CryptoInvoice_Gateway_getInvoices

#define arginfo_class_CryptoInvoice_OnChainPay_listInvoices arginfo_class_CryptoInvoice_Gateway_listInvoices

#define arginfo_class_CryptoInvoice_OnChainPay_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_OnChainPay_refundInvoice arginfo_class_CryptoInvoice_Gateway_refundInvoice

#define arginfo_class_CryptoInvoice_OnChainPay_getPaymentMethods arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_OnChainPay_request arginfo_class_CryptoInvoice_Gateway_request

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CryptoInvoice_Bitsby___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, projectId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, apiToken, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_Bitsby_createInvoice arginfo_class_CryptoInvoice_Gateway_createInvoice

#define arginfo_class_CryptoInvoice_Bitsby_createInvoices arginfo_class_CryptoInvoice_Gateway_createInvoices

#define arginfo_class_CryptoInvoice_Bitsby_getInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Bitsby_parseWebhook arginfo_class_CryptoInvoice_Gateway_parseWebhook

#define arginfo_class_CryptoInvoice_Bitsby_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_Bitsby_supports arginfo_class_CryptoInvoice_Gateway_supports

#define arginfo_class_CryptoInvoice_Bitsby_findInvoice arginfo_class_CryptoInvoice_Gateway_findInvoice

#define arginfo_class_CryptoInvoice_Bitsby_getInvoices arginfo_class_CryptoInvoice_Gateway_getInvoices

#define arginfo_class_CryptoInvoice_Bitsby_listInvoices arginfo_class_CryptoInvoice_Gateway_listInvoices

#define arginfo_class_CryptoInvoice_Bitsby_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Bitsby_refundInvoice arginfo_class_CryptoInvoice_Gateway_refundInvoice

#define arginfo_class_CryptoInvoice_Bitsby_getPaymentMethods arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Bitsby_request arginfo_class_CryptoInvoice_Gateway_request

#define arginfo_class_CryptoInvoice_Heleket___construct arginfo_class_CryptoInvoice_Cryptomus___construct

#define arginfo_class_CryptoInvoice_Heleket_createInvoice arginfo_class_CryptoInvoice_Gateway_createInvoice

#define arginfo_class_CryptoInvoice_Heleket_createInvoices arginfo_class_CryptoInvoice_Gateway_createInvoices

#define arginfo_class_CryptoInvoice_Heleket_getInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Heleket_parseWebhook arginfo_class_CryptoInvoice_Gateway_parseWebhook

#define arginfo_class_CryptoInvoice_Heleket_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_Heleket_supports arginfo_class_CryptoInvoice_Gateway_supports

#define arginfo_class_CryptoInvoice_Heleket_findInvoice arginfo_class_CryptoInvoice_Gateway_findInvoice

#define arginfo_class_CryptoInvoice_Heleket_getInvoices arginfo_class_CryptoInvoice_Gateway_getInvoices

#define arginfo_class_CryptoInvoice_Heleket_listInvoices arginfo_class_CryptoInvoice_Gateway_listInvoices

#define arginfo_class_CryptoInvoice_Heleket_cancelInvoice arginfo_class_CryptoInvoice_Gateway_getInvoice

#define arginfo_class_CryptoInvoice_Heleket_refundInvoice arginfo_class_CryptoInvoice_Gateway_refundInvoice

#define arginfo_class_CryptoInvoice_Heleket_getPaymentMethods arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Heleket_request arginfo_class_CryptoInvoice_Gateway_request

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_CryptoInvoice_Gateways___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Gateways_create, 0, 2, CryptoInvoice\\Gateway, 0)
	ZEND_ARG_TYPE_INFO(0, provider, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_Gateways_providers arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Gateways_stats arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Invoice___construct arginfo_class_CryptoInvoice_Gateways___construct

#define arginfo_class_CryptoInvoice_Invoice_toArray arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_Invoice_jsonSerialize arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_Invoice_fromArray, 0, 1, CryptoInvoice\\Invoice, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_Status_isFinal, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_InvoiceList___construct arginfo_class_CryptoInvoice_Gateways___construct

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_CryptoInvoice_InvoiceList_current, 0, 0, CryptoInvoice\\Invoice, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_InvoiceList_key, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_InvoiceList_next, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_CryptoInvoice_InvoiceList_rewind arginfo_class_CryptoInvoice_InvoiceList_next

#define arginfo_class_CryptoInvoice_InvoiceList_valid arginfo_class_CryptoInvoice_Status_isFinal

#define arginfo_class_CryptoInvoice_InvoiceList_getRequestCount arginfo_class_CryptoInvoice_InvoiceList_key

#define arginfo_class_CryptoInvoice_PaymentMethod___construct arginfo_class_CryptoInvoice_Gateways___construct

#define arginfo_class_CryptoInvoice_InvalidArgumentException_getErrors arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_TransportException_getAttempts arginfo_class_CryptoInvoice_InvoiceList_key

#define arginfo_class_CryptoInvoice_ApiException_getProvider arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_ApiException_getHttpStatus arginfo_class_CryptoInvoice_InvoiceList_key

#define arginfo_class_CryptoInvoice_ApiException_getErrors arginfo_class_CryptoInvoice_Gateway_getPaymentMethods

#define arginfo_class_CryptoInvoice_ApiException_getResponseBody arginfo_class_CryptoInvoice_Gateway_getProvider

#define arginfo_class_CryptoInvoice_ApiException_getAttempts arginfo_class_CryptoInvoice_InvoiceList_key

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_CryptoInvoice_RateLimitException_getRetryAfter, 0, 0, IS_DOUBLE, 1)
ZEND_END_ARG_INFO()


ZEND_METHOD(CryptoInvoice_Cryptomus, __construct);
ZEND_METHOD(CryptoInvoice_Cryptomus, createInvoice);
ZEND_METHOD(CryptoInvoice_Cryptomus, createInvoices);
ZEND_METHOD(CryptoInvoice_Cryptomus, getInvoice);
ZEND_METHOD(CryptoInvoice_Cryptomus, parseWebhook);
ZEND_METHOD(CryptoInvoice_Cryptomus, getProvider);
ZEND_METHOD(CryptoInvoice_Cryptomus, supports);
ZEND_METHOD(CryptoInvoice_Cryptomus, findInvoice);
ZEND_METHOD(CryptoInvoice_Cryptomus, getInvoices);
ZEND_METHOD(CryptoInvoice_Cryptomus, listInvoices);
ZEND_METHOD(CryptoInvoice_Cryptomus, cancelInvoice);
ZEND_METHOD(CryptoInvoice_Cryptomus, refundInvoice);
ZEND_METHOD(CryptoInvoice_Cryptomus, getPaymentMethods);
ZEND_METHOD(CryptoInvoice_Cryptomus, request);
ZEND_METHOD(CryptoInvoice_Gateways, __construct);
ZEND_METHOD(CryptoInvoice_Gateways, create);
ZEND_METHOD(CryptoInvoice_Gateways, providers);
ZEND_METHOD(CryptoInvoice_Gateways, stats);
ZEND_METHOD(CryptoInvoice_Invoice, __construct);
ZEND_METHOD(CryptoInvoice_Invoice, toArray);
ZEND_METHOD(CryptoInvoice_Invoice, jsonSerialize);
ZEND_METHOD(CryptoInvoice_Invoice, fromArray);
ZEND_METHOD(CryptoInvoice_Status, isFinal);
ZEND_METHOD(CryptoInvoice_InvoiceList, __construct);
ZEND_METHOD(CryptoInvoice_InvoiceList, current);
ZEND_METHOD(CryptoInvoice_InvoiceList, key);
ZEND_METHOD(CryptoInvoice_InvoiceList, next);
ZEND_METHOD(CryptoInvoice_InvoiceList, rewind);
ZEND_METHOD(CryptoInvoice_InvoiceList, valid);
ZEND_METHOD(CryptoInvoice_InvoiceList, getRequestCount);
ZEND_METHOD(CryptoInvoice_PaymentMethod, __construct);
ZEND_METHOD(CryptoInvoice_InvalidArgumentException, getErrors);
ZEND_METHOD(CryptoInvoice_TransportException, getAttempts);
ZEND_METHOD(CryptoInvoice_ApiException, getProvider);
ZEND_METHOD(CryptoInvoice_ApiException, getHttpStatus);
ZEND_METHOD(CryptoInvoice_ApiException, getErrors);
ZEND_METHOD(CryptoInvoice_ApiException, getResponseBody);
ZEND_METHOD(CryptoInvoice_ApiException, getAttempts);
ZEND_METHOD(CryptoInvoice_RateLimitException, getRetryAfter);


static const zend_function_entry class_CryptoInvoice_Gateway_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, createInvoice, arginfo_class_CryptoInvoice_Gateway_createInvoice, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, createInvoices, arginfo_class_CryptoInvoice_Gateway_createInvoices, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, getInvoice, arginfo_class_CryptoInvoice_Gateway_getInvoice, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, parseWebhook, arginfo_class_CryptoInvoice_Gateway_parseWebhook, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, getProvider, arginfo_class_CryptoInvoice_Gateway_getProvider, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, supports, arginfo_class_CryptoInvoice_Gateway_supports, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, findInvoice, arginfo_class_CryptoInvoice_Gateway_findInvoice, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, getInvoices, arginfo_class_CryptoInvoice_Gateway_getInvoices, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, listInvoices, arginfo_class_CryptoInvoice_Gateway_listInvoices, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, cancelInvoice, arginfo_class_CryptoInvoice_Gateway_cancelInvoice, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, refundInvoice, arginfo_class_CryptoInvoice_Gateway_refundInvoice, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, getPaymentMethods, arginfo_class_CryptoInvoice_Gateway_getPaymentMethods, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(CryptoInvoice_Gateway, request, arginfo_class_CryptoInvoice_Gateway_request, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Cryptomus_methods[] = {
	ZEND_ME(CryptoInvoice_Cryptomus, __construct, arginfo_class_CryptoInvoice_Cryptomus___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, createInvoice, arginfo_class_CryptoInvoice_Cryptomus_createInvoice, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, createInvoices, arginfo_class_CryptoInvoice_Cryptomus_createInvoices, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, getInvoice, arginfo_class_CryptoInvoice_Cryptomus_getInvoice, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, parseWebhook, arginfo_class_CryptoInvoice_Cryptomus_parseWebhook, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, getProvider, arginfo_class_CryptoInvoice_Cryptomus_getProvider, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, supports, arginfo_class_CryptoInvoice_Cryptomus_supports, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, findInvoice, arginfo_class_CryptoInvoice_Cryptomus_findInvoice, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, getInvoices, arginfo_class_CryptoInvoice_Cryptomus_getInvoices, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, listInvoices, arginfo_class_CryptoInvoice_Cryptomus_listInvoices, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, cancelInvoice, arginfo_class_CryptoInvoice_Cryptomus_cancelInvoice, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, refundInvoice, arginfo_class_CryptoInvoice_Cryptomus_refundInvoice, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, getPaymentMethods, arginfo_class_CryptoInvoice_Cryptomus_getPaymentMethods, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Cryptomus, request, arginfo_class_CryptoInvoice_Cryptomus_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_CryptoCloud_methods[] = {
	ZEND_MALIAS(CryptoInvoice_Cryptomus, __construct, __construct, arginfo_class_CryptoInvoice_CryptoCloud___construct, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoice, createInvoice, arginfo_class_CryptoInvoice_CryptoCloud_createInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoices, createInvoices, arginfo_class_CryptoInvoice_CryptoCloud_createInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoice, getInvoice, arginfo_class_CryptoInvoice_CryptoCloud_getInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, parseWebhook, parseWebhook, arginfo_class_CryptoInvoice_CryptoCloud_parseWebhook, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getProvider, getProvider, arginfo_class_CryptoInvoice_CryptoCloud_getProvider, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, supports, supports, arginfo_class_CryptoInvoice_CryptoCloud_supports, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, findInvoice, findInvoice, arginfo_class_CryptoInvoice_CryptoCloud_findInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoices, getInvoices, arginfo_class_CryptoInvoice_CryptoCloud_getInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, listInvoices, listInvoices, arginfo_class_CryptoInvoice_CryptoCloud_listInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, cancelInvoice, cancelInvoice, arginfo_class_CryptoInvoice_CryptoCloud_cancelInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, refundInvoice, refundInvoice, arginfo_class_CryptoInvoice_CryptoCloud_refundInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getPaymentMethods, getPaymentMethods, arginfo_class_CryptoInvoice_CryptoCloud_getPaymentMethods, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, request, request, arginfo_class_CryptoInvoice_CryptoCloud_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_OnChainPay_methods[] = {
	ZEND_MALIAS(CryptoInvoice_Cryptomus, __construct, __construct, arginfo_class_CryptoInvoice_OnChainPay___construct, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoice, createInvoice, arginfo_class_CryptoInvoice_OnChainPay_createInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoices, createInvoices, arginfo_class_CryptoInvoice_OnChainPay_createInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoice, getInvoice, arginfo_class_CryptoInvoice_OnChainPay_getInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, parseWebhook, parseWebhook, arginfo_class_CryptoInvoice_OnChainPay_parseWebhook, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getProvider, getProvider, arginfo_class_CryptoInvoice_OnChainPay_getProvider, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, supports, supports, arginfo_class_CryptoInvoice_OnChainPay_supports, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, findInvoice, findInvoice, arginfo_class_CryptoInvoice_OnChainPay_findInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoices, getInvoices, arginfo_class_CryptoInvoice_OnChainPay_getInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, listInvoices, listInvoices, arginfo_class_CryptoInvoice_OnChainPay_listInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, cancelInvoice, cancelInvoice, arginfo_class_CryptoInvoice_OnChainPay_cancelInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, refundInvoice, refundInvoice, arginfo_class_CryptoInvoice_OnChainPay_refundInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getPaymentMethods, getPaymentMethods, arginfo_class_CryptoInvoice_OnChainPay_getPaymentMethods, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, request, request, arginfo_class_CryptoInvoice_OnChainPay_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Bitsby_methods[] = {
	ZEND_MALIAS(CryptoInvoice_Cryptomus, __construct, __construct, arginfo_class_CryptoInvoice_Bitsby___construct, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoice, createInvoice, arginfo_class_CryptoInvoice_Bitsby_createInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoices, createInvoices, arginfo_class_CryptoInvoice_Bitsby_createInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoice, getInvoice, arginfo_class_CryptoInvoice_Bitsby_getInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, parseWebhook, parseWebhook, arginfo_class_CryptoInvoice_Bitsby_parseWebhook, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getProvider, getProvider, arginfo_class_CryptoInvoice_Bitsby_getProvider, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, supports, supports, arginfo_class_CryptoInvoice_Bitsby_supports, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, findInvoice, findInvoice, arginfo_class_CryptoInvoice_Bitsby_findInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoices, getInvoices, arginfo_class_CryptoInvoice_Bitsby_getInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, listInvoices, listInvoices, arginfo_class_CryptoInvoice_Bitsby_listInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, cancelInvoice, cancelInvoice, arginfo_class_CryptoInvoice_Bitsby_cancelInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, refundInvoice, refundInvoice, arginfo_class_CryptoInvoice_Bitsby_refundInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getPaymentMethods, getPaymentMethods, arginfo_class_CryptoInvoice_Bitsby_getPaymentMethods, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, request, request, arginfo_class_CryptoInvoice_Bitsby_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Heleket_methods[] = {
	ZEND_MALIAS(CryptoInvoice_Cryptomus, __construct, __construct, arginfo_class_CryptoInvoice_Heleket___construct, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoice, createInvoice, arginfo_class_CryptoInvoice_Heleket_createInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, createInvoices, createInvoices, arginfo_class_CryptoInvoice_Heleket_createInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoice, getInvoice, arginfo_class_CryptoInvoice_Heleket_getInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, parseWebhook, parseWebhook, arginfo_class_CryptoInvoice_Heleket_parseWebhook, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getProvider, getProvider, arginfo_class_CryptoInvoice_Heleket_getProvider, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, supports, supports, arginfo_class_CryptoInvoice_Heleket_supports, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, findInvoice, findInvoice, arginfo_class_CryptoInvoice_Heleket_findInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getInvoices, getInvoices, arginfo_class_CryptoInvoice_Heleket_getInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, listInvoices, listInvoices, arginfo_class_CryptoInvoice_Heleket_listInvoices, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, cancelInvoice, cancelInvoice, arginfo_class_CryptoInvoice_Heleket_cancelInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, refundInvoice, refundInvoice, arginfo_class_CryptoInvoice_Heleket_refundInvoice, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, getPaymentMethods, getPaymentMethods, arginfo_class_CryptoInvoice_Heleket_getPaymentMethods, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(CryptoInvoice_Cryptomus, request, request, arginfo_class_CryptoInvoice_Heleket_request, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Gateways_methods[] = {
	ZEND_ME(CryptoInvoice_Gateways, __construct, arginfo_class_CryptoInvoice_Gateways___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(CryptoInvoice_Gateways, create, arginfo_class_CryptoInvoice_Gateways_create, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CryptoInvoice_Gateways, providers, arginfo_class_CryptoInvoice_Gateways_providers, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(CryptoInvoice_Gateways, stats, arginfo_class_CryptoInvoice_Gateways_stats, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Invoice_methods[] = {
	ZEND_ME(CryptoInvoice_Invoice, __construct, arginfo_class_CryptoInvoice_Invoice___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(CryptoInvoice_Invoice, toArray, arginfo_class_CryptoInvoice_Invoice_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Invoice, jsonSerialize, arginfo_class_CryptoInvoice_Invoice_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_Invoice, fromArray, arginfo_class_CryptoInvoice_Invoice_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Status_methods[] = {
	ZEND_ME(CryptoInvoice_Status, isFinal, arginfo_class_CryptoInvoice_Status_isFinal, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_InvoiceList_methods[] = {
	ZEND_ME(CryptoInvoice_InvoiceList, __construct, arginfo_class_CryptoInvoice_InvoiceList___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(CryptoInvoice_InvoiceList, current, arginfo_class_CryptoInvoice_InvoiceList_current, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_InvoiceList, key, arginfo_class_CryptoInvoice_InvoiceList_key, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_InvoiceList, next, arginfo_class_CryptoInvoice_InvoiceList_next, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_InvoiceList, rewind, arginfo_class_CryptoInvoice_InvoiceList_rewind, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_InvoiceList, valid, arginfo_class_CryptoInvoice_InvoiceList_valid, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_InvoiceList, getRequestCount, arginfo_class_CryptoInvoice_InvoiceList_getRequestCount, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_PaymentMethod_methods[] = {
	ZEND_ME(CryptoInvoice_PaymentMethod, __construct, arginfo_class_CryptoInvoice_PaymentMethod___construct, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_InvalidArgumentException_methods[] = {
	ZEND_ME(CryptoInvoice_InvalidArgumentException, getErrors, arginfo_class_CryptoInvoice_InvalidArgumentException_getErrors, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_UnsupportedOperationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_TransportException_methods[] = {
	ZEND_ME(CryptoInvoice_TransportException, getAttempts, arginfo_class_CryptoInvoice_TransportException_getAttempts, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_ApiException_methods[] = {
	ZEND_ME(CryptoInvoice_ApiException, getProvider, arginfo_class_CryptoInvoice_ApiException_getProvider, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_ApiException, getHttpStatus, arginfo_class_CryptoInvoice_ApiException_getHttpStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_ApiException, getErrors, arginfo_class_CryptoInvoice_ApiException_getErrors, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_ApiException, getResponseBody, arginfo_class_CryptoInvoice_ApiException_getResponseBody, ZEND_ACC_PUBLIC)
	ZEND_ME(CryptoInvoice_ApiException, getAttempts, arginfo_class_CryptoInvoice_ApiException_getAttempts, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_AuthenticationException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_RateLimitException_methods[] = {
	ZEND_ME(CryptoInvoice_RateLimitException, getRetryAfter, arginfo_class_CryptoInvoice_RateLimitException_getRetryAfter, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_UnexpectedResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_CryptoInvoice_WebhookException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_CryptoInvoice_Gateway(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Gateway", class_CryptoInvoice_Gateway_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Cryptomus(zend_class_entry *class_entry_CryptoInvoice_Gateway)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Cryptomus", class_CryptoInvoice_Cryptomus_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Gateway);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_CryptoCloud(zend_class_entry *class_entry_CryptoInvoice_Gateway)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "CryptoCloud", class_CryptoInvoice_CryptoCloud_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Gateway);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_OnChainPay(zend_class_entry *class_entry_CryptoInvoice_Gateway)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "OnChainPay", class_CryptoInvoice_OnChainPay_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Gateway);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Bitsby(zend_class_entry *class_entry_CryptoInvoice_Gateway)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Bitsby", class_CryptoInvoice_Bitsby_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Gateway);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Heleket(zend_class_entry *class_entry_CryptoInvoice_Gateway)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Heleket", class_CryptoInvoice_Heleket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Gateway);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Gateways(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Gateways", class_CryptoInvoice_Gateways_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "create", sizeof("create") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Invoice(zend_class_entry *class_entry_JsonSerializable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Invoice", class_CryptoInvoice_Invoice_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_JsonSerializable);

	zval property_provider_default_value;
	ZVAL_UNDEF(&property_provider_default_value);
	zend_string *property_provider_name = zend_string_init("provider", sizeof("provider") - 1, 1);
	zend_declare_typed_property(class_entry, property_provider_name, &property_provider_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_provider_name);

	zval property_id_default_value;
	ZVAL_UNDEF(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_id_name);

	zval property_orderId_default_value;
	ZVAL_UNDEF(&property_orderId_default_value);
	zend_string *property_orderId_name = zend_string_init("orderId", sizeof("orderId") - 1, 1);
	zend_declare_typed_property(class_entry, property_orderId_name, &property_orderId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_orderId_name);

	zend_string *property_status_class_CryptoInvoice_Status = zend_string_init("CryptoInvoice\\Status", sizeof("CryptoInvoice\\Status")-1, 1);
	zval property_status_default_value;
	ZVAL_UNDEF(&property_status_default_value);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_status_class_CryptoInvoice_Status, 0, 0));
	zend_string_release(property_status_name);

	zval property_providerStatus_default_value;
	ZVAL_UNDEF(&property_providerStatus_default_value);
	zend_string *property_providerStatus_name = zend_string_init("providerStatus", sizeof("providerStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_providerStatus_name, &property_providerStatus_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_providerStatus_name);

	zval property_isFinal_default_value;
	ZVAL_UNDEF(&property_isFinal_default_value);
	zend_string *property_isFinal_name = zend_string_init("isFinal", sizeof("isFinal") - 1, 1);
	zend_declare_typed_property(class_entry, property_isFinal_name, &property_isFinal_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_isFinal_name);

	zval property_amount_default_value;
	ZVAL_UNDEF(&property_amount_default_value);
	zend_string *property_amount_name = zend_string_init("amount", sizeof("amount") - 1, 1);
	zend_declare_typed_property(class_entry, property_amount_name, &property_amount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_amount_name);

	zval property_currency_default_value;
	ZVAL_UNDEF(&property_currency_default_value);
	zend_string *property_currency_name = zend_string_init("currency", sizeof("currency") - 1, 1);
	zend_declare_typed_property(class_entry, property_currency_name, &property_currency_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_currency_name);

	zval property_url_default_value;
	ZVAL_UNDEF(&property_url_default_value);
	zend_string *property_url_name = zend_string_init("url", sizeof("url") - 1, 1);
	zend_declare_typed_property(class_entry, property_url_name, &property_url_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_url_name);

	zval property_address_default_value;
	ZVAL_UNDEF(&property_address_default_value);
	zend_string *property_address_name = zend_string_init("address", sizeof("address") - 1, 1);
	zend_declare_typed_property(class_entry, property_address_name, &property_address_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_address_name);

	zval property_payAmount_default_value;
	ZVAL_UNDEF(&property_payAmount_default_value);
	zend_string *property_payAmount_name = zend_string_init("payAmount", sizeof("payAmount") - 1, 1);
	zend_declare_typed_property(class_entry, property_payAmount_name, &property_payAmount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_payAmount_name);

	zval property_payCurrency_default_value;
	ZVAL_UNDEF(&property_payCurrency_default_value);
	zend_string *property_payCurrency_name = zend_string_init("payCurrency", sizeof("payCurrency") - 1, 1);
	zend_declare_typed_property(class_entry, property_payCurrency_name, &property_payCurrency_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_payCurrency_name);

	zval property_network_default_value;
	ZVAL_UNDEF(&property_network_default_value);
	zend_string *property_network_name = zend_string_init("network", sizeof("network") - 1, 1);
	zend_declare_typed_property(class_entry, property_network_name, &property_network_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_network_name);

	zval property_paidAmount_default_value;
	ZVAL_UNDEF(&property_paidAmount_default_value);
	zend_string *property_paidAmount_name = zend_string_init("paidAmount", sizeof("paidAmount") - 1, 1);
	zend_declare_typed_property(class_entry, property_paidAmount_name, &property_paidAmount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_paidAmount_name);

	zval property_paidAmountInCurrency_default_value;
	ZVAL_UNDEF(&property_paidAmountInCurrency_default_value);
	zend_string *property_paidAmountInCurrency_name = zend_string_init("paidAmountInCurrency", sizeof("paidAmountInCurrency") - 1, 1);
	zend_declare_typed_property(class_entry, property_paidAmountInCurrency_name, &property_paidAmountInCurrency_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_paidAmountInCurrency_name);

	zval property_paymentOptions_default_value;
	ZVAL_UNDEF(&property_paymentOptions_default_value);
	zend_string *property_paymentOptions_name = zend_string_init("paymentOptions", sizeof("paymentOptions") - 1, 1);
	zend_declare_typed_property(class_entry, property_paymentOptions_name, &property_paymentOptions_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_paymentOptions_name);

	zend_string *property_createdAt_class_DateTimeImmutable = zend_string_init("DateTimeImmutable", sizeof("DateTimeImmutable")-1, 1);
	zval property_createdAt_default_value;
	ZVAL_UNDEF(&property_createdAt_default_value);
	zend_string *property_createdAt_name = zend_string_init("createdAt", sizeof("createdAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_createdAt_name, &property_createdAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_createdAt_class_DateTimeImmutable, 0, MAY_BE_NULL));
	zend_string_release(property_createdAt_name);

	zend_string *property_expiresAt_class_DateTimeImmutable = zend_string_init("DateTimeImmutable", sizeof("DateTimeImmutable")-1, 1);
	zval property_expiresAt_default_value;
	ZVAL_UNDEF(&property_expiresAt_default_value);
	zend_string *property_expiresAt_name = zend_string_init("expiresAt", sizeof("expiresAt") - 1, 1);
	zend_declare_typed_property(class_entry, property_expiresAt_name, &property_expiresAt_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_expiresAt_class_DateTimeImmutable, 0, MAY_BE_NULL));
	zend_string_release(property_expiresAt_name);

	zval property_testMode_default_value;
	ZVAL_UNDEF(&property_testMode_default_value);
	zend_string *property_testMode_name = zend_string_init("testMode", sizeof("testMode") - 1, 1);
	zend_declare_typed_property(class_entry, property_testMode_name, &property_testMode_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_testMode_name);

	zval property_raw_default_value;
	ZVAL_UNDEF(&property_raw_default_value);
	zend_string *property_raw_name = zend_string_init("raw", sizeof("raw") - 1, 1);
	zend_declare_typed_property(class_entry, property_raw_name, &property_raw_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_raw_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Status(void)
{
	zend_class_entry *class_entry = zend_register_internal_enum("CryptoInvoice\\Status", IS_STRING, class_CryptoInvoice_Status_methods);

	zval enum_case_Created_value;
	zend_string *enum_case_Created_value_str = zend_string_init("created", strlen("created"), 1);
	ZVAL_STR(&enum_case_Created_value, enum_case_Created_value_str);
	zend_enum_add_case_cstr(class_entry, "Created", &enum_case_Created_value);

	zval enum_case_Processing_value;
	zend_string *enum_case_Processing_value_str = zend_string_init("processing", strlen("processing"), 1);
	ZVAL_STR(&enum_case_Processing_value, enum_case_Processing_value_str);
	zend_enum_add_case_cstr(class_entry, "Processing", &enum_case_Processing_value);

	zval enum_case_Paid_value;
	zend_string *enum_case_Paid_value_str = zend_string_init("paid", strlen("paid"), 1);
	ZVAL_STR(&enum_case_Paid_value, enum_case_Paid_value_str);
	zend_enum_add_case_cstr(class_entry, "Paid", &enum_case_Paid_value);

	zval enum_case_Overpaid_value;
	zend_string *enum_case_Overpaid_value_str = zend_string_init("overpaid", strlen("overpaid"), 1);
	ZVAL_STR(&enum_case_Overpaid_value, enum_case_Overpaid_value_str);
	zend_enum_add_case_cstr(class_entry, "Overpaid", &enum_case_Overpaid_value);

	zval enum_case_PartiallyPaid_value;
	zend_string *enum_case_PartiallyPaid_value_str = zend_string_init("partially_paid", strlen("partially_paid"), 1);
	ZVAL_STR(&enum_case_PartiallyPaid_value, enum_case_PartiallyPaid_value_str);
	zend_enum_add_case_cstr(class_entry, "PartiallyPaid", &enum_case_PartiallyPaid_value);

	zval enum_case_Expired_value;
	zend_string *enum_case_Expired_value_str = zend_string_init("expired", strlen("expired"), 1);
	ZVAL_STR(&enum_case_Expired_value, enum_case_Expired_value_str);
	zend_enum_add_case_cstr(class_entry, "Expired", &enum_case_Expired_value);

	zval enum_case_Canceled_value;
	zend_string *enum_case_Canceled_value_str = zend_string_init("canceled", strlen("canceled"), 1);
	ZVAL_STR(&enum_case_Canceled_value, enum_case_Canceled_value_str);
	zend_enum_add_case_cstr(class_entry, "Canceled", &enum_case_Canceled_value);

	zval enum_case_Failed_value;
	zend_string *enum_case_Failed_value_str = zend_string_init("failed", strlen("failed"), 1);
	ZVAL_STR(&enum_case_Failed_value, enum_case_Failed_value_str);
	zend_enum_add_case_cstr(class_entry, "Failed", &enum_case_Failed_value);

	zval enum_case_Refunding_value;
	zend_string *enum_case_Refunding_value_str = zend_string_init("refunding", strlen("refunding"), 1);
	ZVAL_STR(&enum_case_Refunding_value, enum_case_Refunding_value_str);
	zend_enum_add_case_cstr(class_entry, "Refunding", &enum_case_Refunding_value);

	zval enum_case_RefundFailed_value;
	zend_string *enum_case_RefundFailed_value_str = zend_string_init("refund_failed", strlen("refund_failed"), 1);
	ZVAL_STR(&enum_case_RefundFailed_value, enum_case_RefundFailed_value_str);
	zend_enum_add_case_cstr(class_entry, "RefundFailed", &enum_case_RefundFailed_value);

	zval enum_case_Refunded_value;
	zend_string *enum_case_Refunded_value_str = zend_string_init("refunded", strlen("refunded"), 1);
	ZVAL_STR(&enum_case_Refunded_value, enum_case_Refunded_value_str);
	zend_enum_add_case_cstr(class_entry, "Refunded", &enum_case_Refunded_value);

	zval enum_case_Unknown_value;
	zend_string *enum_case_Unknown_value_str = zend_string_init("unknown", strlen("unknown"), 1);
	ZVAL_STR(&enum_case_Unknown_value, enum_case_Unknown_value_str);
	zend_enum_add_case_cstr(class_entry, "Unknown", &enum_case_Unknown_value);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_InvoiceList(zend_class_entry *class_entry_Iterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "InvoiceList", class_CryptoInvoice_InvoiceList_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_Iterator);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_PaymentMethod(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "PaymentMethod", class_CryptoInvoice_PaymentMethod_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_currency_default_value;
	ZVAL_UNDEF(&property_currency_default_value);
	zend_string *property_currency_name = zend_string_init("currency", sizeof("currency") - 1, 1);
	zend_declare_typed_property(class_entry, property_currency_name, &property_currency_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_currency_name);

	zval property_network_default_value;
	ZVAL_UNDEF(&property_network_default_value);
	zend_string *property_network_name = zend_string_init("network", sizeof("network") - 1, 1);
	zend_declare_typed_property(class_entry, property_network_name, &property_network_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_network_name);

	zval property_available_default_value;
	ZVAL_UNDEF(&property_available_default_value);
	zend_string *property_available_name = zend_string_init("available", sizeof("available") - 1, 1);
	zend_declare_typed_property(class_entry, property_available_name, &property_available_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_available_name);

	zval property_minAmount_default_value;
	ZVAL_UNDEF(&property_minAmount_default_value);
	zend_string *property_minAmount_name = zend_string_init("minAmount", sizeof("minAmount") - 1, 1);
	zend_declare_typed_property(class_entry, property_minAmount_name, &property_minAmount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_minAmount_name);

	zval property_maxAmount_default_value;
	ZVAL_UNDEF(&property_maxAmount_default_value);
	zend_string *property_maxAmount_name = zend_string_init("maxAmount", sizeof("maxAmount") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxAmount_name, &property_maxAmount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_maxAmount_name);

	zval property_feePercent_default_value;
	ZVAL_UNDEF(&property_feePercent_default_value);
	zend_string *property_feePercent_name = zend_string_init("feePercent", sizeof("feePercent") - 1, 1);
	zend_declare_typed_property(class_entry, property_feePercent_name, &property_feePercent_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_feePercent_name);

	zval property_feeAmount_default_value;
	ZVAL_UNDEF(&property_feeAmount_default_value);
	zend_string *property_feeAmount_name = zend_string_init("feeAmount", sizeof("feeAmount") - 1, 1);
	zend_declare_typed_property(class_entry, property_feeAmount_name, &property_feeAmount_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_feeAmount_name);

	zval property_raw_default_value;
	ZVAL_UNDEF(&property_raw_default_value);
	zend_string *property_raw_name = zend_string_init("raw", sizeof("raw") - 1, 1);
	zend_declare_typed_property(class_entry, property_raw_name, &property_raw_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_raw_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_Exception(zend_class_entry *class_entry_Throwable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "Exception", class_CryptoInvoice_Exception_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Throwable);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_CryptoInvoice_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "InvalidArgumentException", class_CryptoInvoice_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Exception);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_UnsupportedOperationException(zend_class_entry *class_entry_LogicException, zend_class_entry *class_entry_CryptoInvoice_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "UnsupportedOperationException", class_CryptoInvoice_UnsupportedOperationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_LogicException);
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Exception);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_TransportException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_CryptoInvoice_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "TransportException", class_CryptoInvoice_TransportException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Exception);

	zval property_attempts_default_value;
	ZVAL_LONG(&property_attempts_default_value, 0);
	zend_string *property_attempts_name = zend_string_init("attempts", sizeof("attempts") - 1, 1);
	zend_declare_typed_property(class_entry, property_attempts_name, &property_attempts_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_attempts_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_ApiException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_CryptoInvoice_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "ApiException", class_CryptoInvoice_ApiException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Exception);

	zval property_provider_default_value;
	ZVAL_EMPTY_STRING(&property_provider_default_value);
	zend_string *property_provider_name = zend_string_init("provider", sizeof("provider") - 1, 1);
	zend_declare_typed_property(class_entry, property_provider_name, &property_provider_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_provider_name);

	zval property_httpStatus_default_value;
	ZVAL_LONG(&property_httpStatus_default_value, 0);
	zend_string *property_httpStatus_name = zend_string_init("httpStatus", sizeof("httpStatus") - 1, 1);
	zend_declare_typed_property(class_entry, property_httpStatus_name, &property_httpStatus_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_httpStatus_name);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	zval property_responseBody_default_value;
	ZVAL_EMPTY_STRING(&property_responseBody_default_value);
	zend_string *property_responseBody_name = zend_string_init("responseBody", sizeof("responseBody") - 1, 1);
	zend_declare_typed_property(class_entry, property_responseBody_name, &property_responseBody_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_responseBody_name);

	zval property_attempts_default_value;
	ZVAL_LONG(&property_attempts_default_value, 0);
	zend_string *property_attempts_name = zend_string_init("attempts", sizeof("attempts") - 1, 1);
	zend_declare_typed_property(class_entry, property_attempts_name, &property_attempts_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_attempts_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_AuthenticationException(zend_class_entry *class_entry_CryptoInvoice_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "AuthenticationException", class_CryptoInvoice_AuthenticationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_CryptoInvoice_ApiException);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_RateLimitException(zend_class_entry *class_entry_CryptoInvoice_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "RateLimitException", class_CryptoInvoice_RateLimitException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_CryptoInvoice_ApiException);

	zval property_retryAfter_default_value;
	ZVAL_NULL(&property_retryAfter_default_value);
	zend_string *property_retryAfter_name = zend_string_init("retryAfter", sizeof("retryAfter") - 1, 1);
	zend_declare_typed_property(class_entry, property_retryAfter_name, &property_retryAfter_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE|MAY_BE_NULL));
	zend_string_release(property_retryAfter_name);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_UnexpectedResponseException(zend_class_entry *class_entry_CryptoInvoice_ApiException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "UnexpectedResponseException", class_CryptoInvoice_UnexpectedResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_CryptoInvoice_ApiException);

	return class_entry;
}

static zend_class_entry *register_class_CryptoInvoice_WebhookException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_CryptoInvoice_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "CryptoInvoice", "WebhookException", class_CryptoInvoice_WebhookException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_CryptoInvoice_Exception);

	zval const_REFUSED_value;
	ZVAL_LONG(&const_REFUSED_value, 0);
	zend_string *const_REFUSED_name = zend_string_init_interned("REFUSED", sizeof("REFUSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_REFUSED_name, &const_REFUSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_REFUSED_name);

	zval const_NOT_AN_INVOICE_value;
	ZVAL_LONG(&const_NOT_AN_INVOICE_value, 1);
	zend_string *const_NOT_AN_INVOICE_name = zend_string_init_interned("NOT_AN_INVOICE", sizeof("NOT_AN_INVOICE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOT_AN_INVOICE_name, &const_NOT_AN_INVOICE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOT_AN_INVOICE_name);

	zval const_CONFIGURATION_value;
	ZVAL_LONG(&const_CONFIGURATION_value, 2);
	zend_string *const_CONFIGURATION_name = zend_string_init_interned("CONFIGURATION", sizeof("CONFIGURATION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CONFIGURATION_name, &const_CONFIGURATION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CONFIGURATION_name);

	return class_entry;
}
