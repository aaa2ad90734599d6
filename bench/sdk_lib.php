<?php
declare(strict_types=1);

/*
 * The official Cryptomus PHP SDK's shape (cryptomus/api-php-sdk, RequestBuilder::sendRequest):
 * every call makes a new curl handle, sets its options, runs it and lets it go, so no connection
 * and no TLS session outlives the call. Its headers (Accept, a charset on Content-Type, an explicit
 * Content-Length) and libcurl's default protocol (HTTP/2 where the server offers it). Same JSON
 * bytes and signature as the other clients. Used by sdk_shape.php and cgi_one.php.
 */

final class SdkShapeCryptomus
{
	public function __construct(private readonly string $merchant, private readonly string $key,
		private readonly string $baseUrl, private readonly ?string $caFile)
	{
	}

	/** @return array the answer's "result" */
	public function createInvoice(array $params): array
	{
		$curl = curl_init();
		$body = json_encode($params, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
		$options = [
			CURLOPT_URL => $this->baseUrl . '/v1/payment',
			CURLOPT_HTTPHEADER => [
				'Accept: application/json',
				'Content-Type: application/json;charset=UTF-8',
				'Content-Length: ' . strlen($body),
				'merchant: ' . $this->merchant,
				'sign: ' . md5(base64_encode($body) . $this->key),
			],
			CURLOPT_POST => 1,
			CURLOPT_POSTFIELDS => $body,
			CURLOPT_RETURNTRANSFER => 1,
		];
		if ($this->caFile !== null) {
			$options[CURLOPT_CAINFO] = $this->caFile;
		}
		curl_setopt_array($curl, $options);
		$response = curl_exec($curl);
		$code = curl_getinfo($curl, CURLINFO_HTTP_CODE);
		if ($response === false) {
			throw new RuntimeException('Cryptomus: ' . curl_error($curl));
		}
		$json = json_decode((string) $response, true);
		if ($code !== 200 || !is_array($json) || ($json['state'] ?? null) !== 0 || !is_array($json['result'] ?? null)) {
			throw new RuntimeException("Cryptomus refused the request (HTTP $code)");
		}
		return $json['result'];
	}
}
