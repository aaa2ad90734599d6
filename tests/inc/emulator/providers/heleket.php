<?php
declare(strict_types=1);

/*
 * Heleket: Cryptomus's API (doc.heleket.com) under its own host, so its emulator is Cryptomus's
 * with Heleket's credentials, payment pages and invoices of its own, mounted under /heleket
 * (the paths are Cryptomus's: /v1/payment, /v1/payment/info, /v1/payment/list... every endpoint
 * of cryptomus.php, answered the same way), except where Heleket's pages differ:
 *   /v1/payment/refund    signed with the PAYOUT key (CI_TEST_HELEKET_PAYOUT_KEY: "the sign header
 *                         must be generated using your payout API key"): a refund signed with the
 *                         payment key is 401 Unauthorized, as is the payout key on any other
 *                         endpoint. Takes an
 *                         optional "amount" (decimal string, at most 40 characters, > 0; else 422
 *                         errors {"amount":["validation.numeric"|"validation.max.string"]}); more
 *                         than the invoice's amount is 422 "The refund amount exceeds the payment amount".
 *   /v1/payment/services  items also carry "is_enabled" (enabled in the merchant profile) after
 *                         "is_available"; ETH/ETH is available but not enabled.
 *   /v1/test-webhook/payment  status may also be "locked".
 */

require_once __DIR__ . '/cryptomus.php';

final class EmuHeleket extends EmuCryptomus
{
	public const NAME = 'heleket';
	public const MOUNT = '/heleket';
	public const CREDENTIALS = ['merchant_id' => CI_TEST_HELEKET_MERCHANT, 'api_key' => CI_TEST_HELEKET_KEY];
	public const PAY_HOST = 'pay.heleket.com';
	/** The second secret of a Heleket merchant: refunds are signed with it. */
	public const PAYOUT_KEY = CI_TEST_HELEKET_PAYOUT_KEY;
	public const OPTIONS = ['payout_key' => CI_TEST_HELEKET_PAYOUT_KEY];

	protected const STATUSES = [...parent::STATUSES, 'locked'];

	/** [network, currency] of the services a merchant has switched off in its profile. */
	private const DISABLED = [['ETH', 'ETH']];

	protected function signingKey(string $path): string
	{
		return $path === '/v1/payment/refund' ? self::PAYOUT_KEY : parent::signingKey($path);
	}

	protected function refundAmountErrors(array $in): array
	{
		$amount = $in['amount'] ?? null;
		return match (true) {
			$amount === null => [],
			!is_string($amount) => ['amount' => ['validation.string']],
			strlen($amount) > 40 => ['amount' => ['validation.max.string']],
			!emu_is_decimal($amount) || (float) $amount <= 0 => ['amount' => ['validation.numeric']],
			default => [],
		};
	}

	protected function refundAmountProblem(array $invoice, array $in): ?string
	{
		$amount = $in['amount'] ?? null;
		return $amount !== null && (float) $amount > (float) $invoice['amount']
			? 'The refund amount exceeds the payment amount' : null;
	}

	protected function services(): array
	{
		$out = [];
		foreach (parent::services() as $item) {
			$enabled = !in_array([$item['network'], $item['currency']], self::DISABLED, true);
			$out[] = array_slice($item, 0, 3) + ['is_enabled' => $enabled] + $item;
		}
		return $out;
	}
}
