/* Class entries of the PHP surface, registered in cryptoinvoice.c from the stub. */
#ifndef CI_CLASSES_H
#define CI_CLASSES_H

#include "php.h"

extern zend_class_entry *ci_ce_Gateway;
extern zend_class_entry *ci_ce_Cryptomus;
extern zend_class_entry *ci_ce_CryptoCloud;
extern zend_class_entry *ci_ce_OnChainPay;
extern zend_class_entry *ci_ce_Bitsby;
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

void ci_gateway_minit(void);
void ci_invoice_minit(void);
void ci_invoice_rshutdown(void);

#endif
