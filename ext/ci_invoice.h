/* The Invoice value object and the walker that fills it from a provider's answer. */
#ifndef CI_INVOICE_H
#define CI_INVOICE_H

#include "ci_provider.h"

void ci_invoice_data_init(ci_invoice_data *d);
void ci_invoice_data_dtor(ci_invoice_data *d);



/* A UTC DateTimeImmutable from provider text; zone is used when the text names none. */
zend_result ci_invoice_time(const char *text, size_t len, const char *zone, zval *out);

#endif
