/* Class entries of the PHP surface, registered in cryptoinvoice.c from the stub. The providers'
 * classes are the registry's (ci_provider_ce(), ci_provider_by_ce()). */
#ifndef CI_CLASSES_H
#define CI_CLASSES_H

#include "php.h"

extern zend_class_entry *ci_ce_Gateway;
extern zend_class_entry *ci_ce_Gateways;
extern zend_class_entry *ci_ce_Invoice;
extern zend_class_entry *ci_ce_Status;
extern zend_class_entry *ci_ce_Exception;
extern zend_class_entry *ci_ce_InvalidArgumentException;
extern zend_class_entry *ci_ce_TransportException;
extern zend_class_entry *ci_ce_ApiException;
extern zend_class_entry *ci_ce_AuthenticationException;
extern zend_class_entry *ci_ce_RateLimitException;
extern zend_class_entry *ci_ce_UnexpectedResponseException;
extern zend_class_entry *ci_ce_WebhookException;
extern zend_class_entry *ci_ce_UnsupportedOperationException;
extern zend_class_entry *ci_ce_InvoiceList;
extern zend_class_entry *ci_ce_PaymentMethod;

void ci_gateway_minit(void);
void ci_invoice_minit(void);
void ci_invoice_rshutdown(void);
void ci_list_minit(void);

#endif
