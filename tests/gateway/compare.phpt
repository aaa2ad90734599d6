--TEST--
Gateways are never equal to one another (==, in_array, <=>): only the same object is; Invoices compare by value
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

use CryptoInvoice\{Cryptomus, CryptoCloud, Gateways};

$a = new Cryptomus('merchant', 'key-of-shop-a');
$b = new Cryptomus('merchant', 'key-of-shop-b');
$a2 = new Cryptomus('merchant', 'key-of-shop-a');
$cc = new CryptoCloud('merchant', 'key-of-shop-a');
$viaFactory = Gateways::create('cryptomus', ['merchant_id' => 'merchant', 'api_key' => 'key-of-shop-a']);

var_dump($a == $b);            // different keys
var_dump($a == $a2);           // same key, still two gateways
var_dump($a == $viaFactory);
var_dump($a == $cc);
var_dump($a != $b);
var_dump($a == $a, $a === $a); // the same object
var_dump(in_array($b, [$a], false), in_array($a, [$b, $a], false));
var_dump($a <=> $b, $a < $b, $a > $b);
var_dump($a == 'merchant', $a == null, $a == true); // an object is truthy, as any

/* An Invoice is a readonly value: two lookups of an unchanged invoice are equal, not identical. */
$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);
$created = $g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'cmp-1']);
$one = $g->getInvoice($created->id);
$two = $g->getInvoice($created->id);
var_dump($one == $two, $one === $two, $one == $created);
ci_emulator_set_status($base, 'cryptomus', $created->id, 'paid');
var_dump($g->getInvoice($created->id) == $one);
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
int(1)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
