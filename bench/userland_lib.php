<?php
declare(strict_types=1);

/*
 * A competent hand-written userland Cryptomus client on ext/curl: one curl handle kept for every
 * call (so the connection is reused while the object lives), the options that do not change set
 * once, the same JSON bytes and signature as the extension, the same checks on the answer, and an
 * invoice object with the same kind of fields (dates as DateTimeImmutable in UTC).
 * Used by userland_curl.php (sequential) and cgi_one.php (one invoice per web request).
 */

final class UserlandInvoice
{
	public function __construct(
		public readonly string $id,
		public readonly ?string $orderId,
		public readonly string $status,
		public readonly bool $isFinal,
		public readonly string $amount,
		public readonly string $currency,
		public readonly ?string $url,
		public readonly ?\DateTimeImmutable $createdAt,
		public readonly ?\DateTimeImmutable $expiresAt,
		public readonly array $raw,
	) {
	}
}

final class UserlandCryptomus
{
	private \CurlHandle $ch;
	private string $merchantHeader;

	/** $curlOptions: more options for the handle (the benchmark's TCP Fast Open run). */
	public function __construct(string $merchant, private readonly string $key, private readonly string $baseUrl, ?string $caFile,
		array $curlOptions = [])
	{
		$this->merchantHeader = "merchant: $merchant";
		$this->ch = curl_init();
		curl_setopt_array($this->ch, [
			CURLOPT_POST => true,
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_FOLLOWLOCATION => false,
			CURLOPT_TIMEOUT => 30,
			CURLOPT_CONNECTTIMEOUT => 10,
			CURLOPT_USERAGENT => 'userland-bench/1.0',
		]);
		if ($caFile !== null) {
			curl_setopt($this->ch, CURLOPT_CAINFO, $caFile);
		}
		if ($curlOptions !== []) {
			curl_setopt_array($this->ch, $curlOptions);
		}
	}

	public function createInvoice(array $params): UserlandInvoice
	{
		$body = json_encode($params, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
		$sign = md5(base64_encode($body) . $this->key);
		curl_setopt_array($this->ch, [
			CURLOPT_URL => $this->baseUrl . '/v1/payment',
			CURLOPT_POSTFIELDS => $body,
			CURLOPT_HTTPHEADER => [
				$this->merchantHeader,
				"sign: $sign",
				'Content-Type: application/json',
			],
		]);
		$answer = curl_exec($this->ch);
		if ($answer === false) {
			throw new RuntimeException('Cryptomus: ' . curl_error($this->ch), curl_errno($this->ch));
		}
		$status = curl_getinfo($this->ch, CURLINFO_RESPONSE_CODE);
		$json = json_decode($answer, true);
		if ($status !== 200 || !is_array($json) || ($json['state'] ?? null) !== 0 || !is_array($json['result'] ?? null)) {
			throw new RuntimeException("Cryptomus refused the request (HTTP $status)");
		}
		$r = $json['result'];
		if (!is_string($r['uuid'] ?? null) || !is_string($r['amount'] ?? null) || !is_string($r['currency'] ?? null)) {
			throw new UnexpectedValueException('Cryptomus answered with an unexpected shape');
		}
		$utc = new \DateTimeZone('UTC');
		return new UserlandInvoice(
			$r['uuid'],
			$r['order_id'] ?? null,
			$r['payment_status'] ?? $r['status'] ?? 'unknown',
			(bool) ($r['is_final'] ?? false),
			$r['amount'],
			$r['currency'],
			$r['url'] ?? null,
			isset($r['created_at']) ? (new \DateTimeImmutable($r['created_at']))->setTimezone($utc) : null,
			isset($r['expired_at']) ? (new \DateTimeImmutable('@' . $r['expired_at'])) : null,
			$r,
		);
	}
}
