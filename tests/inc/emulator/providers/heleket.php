<?php
declare(strict_types=1);

/*
 * Heleket: Cryptomus's API (doc.heleket.com) under its own host, so its emulator is Cryptomus's
 * with Heleket's credentials, payment pages and invoices of its own, mounted under /heleket
 * (the paths are Cryptomus's: /v1/payment, /v1/payment/info).
 */

require_once __DIR__ . '/cryptomus.php';

final class EmuHeleket extends EmuCryptomus
{
	public const NAME = 'heleket';
	public const MOUNT = '/heleket';
	public const CREDENTIALS = ['merchant_id' => CI_TEST_HELEKET_MERCHANT, 'api_key' => CI_TEST_HELEKET_KEY];
	public const PAY_HOST = 'pay.heleket.com';
}
