--TEST--
Signing after fork: the digest algorithm is fetched on first use, in the parent before a fork or in a child that forked before any signing, and both verify alike
--EXTENSIONS--
cryptoinvoice
pcntl
--FILE--
<?php
require __DIR__ . '/../inc/credentials.inc';

$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
function callback(string $uuid, string $key = CI_TEST_CRYPTOMUS_KEY): string
{
	$data = ['type' => 'payment', 'uuid' => $uuid, 'order_id' => 'o-1', 'amount' => '1', 'currency' => 'USD', 'status' => 'paid'];
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data);
}
/* Verifies a genuine and a forged callback (MD5 both times); "ok" when both are judged right. */
function check(CryptoInvoice\Gateway $g, string $who): string
{
	$genuine = $g->parseWebhook(callback("uuid-$who"))->id === "uuid-$who";
	try {
		$g->parseWebhook(callback("uuid-$who", 'forged'));
		$forged = false;
	} catch (CryptoInvoice\WebhookException $e) {
		$forged = true;
	}
	return "$who: " . ($genuine && $forged ? 'ok' : 'WRONG');
}
function in_child(callable $fn): string
{
	$file = tempnam(sys_get_temp_dir(), 'ci-fork');
	$pid = pcntl_fork();
	if ($pid === 0) {
		file_put_contents($file, $fn());
		exit(0);
	}
	pcntl_waitpid($pid, $status);
	$out = file_get_contents($file);
	unlink($file);
	return $out . (pcntl_wexitstatus($status) === 0 ? '' : ' (child failed)');
}

/* Nothing signed yet: the child is the first to need MD5, and fetches it itself. */
echo in_child(fn () => check($g, 'child, first user')), "\n";
echo check($g, 'parent, after that child'), "\n";
/* Fetched in the parent before the fork: the child uses the inherited copy. */
echo in_child(fn () => check($g, 'child, inherited')), "\n";
echo in_child(fn () => in_child(fn () => check($g, 'grandchild'))), "\n";
echo check($g, 'parent, at the end'), "\n";
?>
--EXPECT--
child, first user: ok
parent, after that child: ok
child, inherited: ok
grandchild: ok
parent, at the end: ok
