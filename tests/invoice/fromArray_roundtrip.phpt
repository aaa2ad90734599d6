--TEST--
Invoice::fromArray(toArray()) gives back an equal invoice for every provider, also through JSON (a queue payload, a database row)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/fromArray.inc';
use CryptoInvoice\{Gateways, Invoice};

$base = ci_emulator_start();
/* A second invoice per provider with what makes its answer richer: a fixed address (a payment
 * option), a chosen coin. Bitsby's and OnChainPay's creates list their options anyway. */
$rich = [
	'cryptomus' => ['currency' => 'USDT', 'network' => 'tron'],
	'cryptocloud' => ['pay_currency' => 'USDT_TRC20'],
	'onchainpay' => ['description' => 'Order 2'],
	'bitsby' => ['description' => 'Order 2'],
];
/* Every provider of the registry: a new one must appear here (and its family in $rich). */
foreach (array_keys(Gateways::providers()) as $p) {
	$g = ci_test_gateway($p, $base);
	$made = [
		'plain' => $g->createInvoice(['amount' => '15.50', 'currency' => 'USD', 'order_id' => "plain-$p"]),
		'rich' => $g->createInvoice($rich[ci_test_family($p)] + ['amount' => '20', 'currency' => 'USD', 'order_id' => "rich-$p"]),
	];
	$made['lookup'] = $g->getInvoice($made['rich']->id);
	foreach ($made as $what => $inv) {
		$back = Invoice::fromArray($inv->toArray());
		/* PHP's json_encode() writes a whole float (CryptoCloud's 20.0) as 20, which decodes as an
		 * int: the invoice is still ==, and identical with JSON_PRESERVE_ZERO_FRACTION. */
		$json = Invoice::fromArray(json_decode(json_encode($inv), true));
		$exact = Invoice::fromArray(json_decode(json_encode($inv, JSON_PRESERVE_ZERO_FRACTION), true));
		printf("%-11s %-6s == %s, json == %s; %s; json: %s; json keeping .0: %s; toArray again %s; options %s\n",
			$p, $what, var_export($back == $inv, true), var_export($json == $inv, true), fa_same($inv, $back),
			fa_same($inv, $json), fa_same($inv, $exact), $back->toArray() === $inv->toArray() ? 'identical' : 'differs',
			count($inv->paymentOptions) > 0 ? 'yes' : 'no');
	}
}
?>
--EXPECT--
cryptomus   plain  == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options no
cryptomus   rich   == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
cryptomus   lookup == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
cryptocloud plain  == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options no
cryptocloud rich   == true, json == true; identical; json: differs in raw; json keeping .0: identical; toArray again identical; options yes
cryptocloud lookup == true, json == true; identical; json: differs in raw; json keeping .0: identical; toArray again identical; options yes
onchainpay  plain  == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
onchainpay  rich   == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
onchainpay  lookup == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
bitsby      plain  == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
bitsby      rich   == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
bitsby      lookup == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options no
heleket     plain  == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options no
heleket     rich   == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes
heleket     lookup == true, json == true; identical; json: identical; json keeping .0: identical; toArray again identical; options yes