--TEST--
Persistent connections after fork(): the child never uses or closes the parent's pooled connections (HTTP and TLS)
--EXTENSIONS--
cryptoinvoice
pcntl
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/pool.inc';

/* A worker that made a request, then forked (a queue master, a pcntl pool): the child inherits the
 * pooled handles and their open sockets. If it used them it would share a connection (and a TLS
 * session) with the parent: answers swapped between the processes, or garbage. If it closed them
 * it would end the parent's TLS session (close_notify) or read the parent's answer. The server logs
 * which connection carried which order. */
foreach (['http' => false, 'https' => true] as $scheme => $tls) {
	[$base, , , $ca, $requests] = ci_keepalive_start(60000, $tls);
	$g = ci_test_gateway('cryptomus', $base, $tls ? ['ca_file' => $ca] : []);
	$create = static function (string $id) use ($g): string {
		try {
			return $g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => $id])->orderId;
		} catch (CryptoInvoice\Exception $e) {
			return get_class($e) . ': ' . $e->getMessage();
		}
	};
	$batch = static function (string $prefix) use ($g): string {
		$got = [];
		foreach ($g->createInvoices(["$prefix-1" => ['amount' => '1', 'currency' => 'USD', 'order_id' => "$prefix-1"],
			"$prefix-2" => ['amount' => '1', 'currency' => 'USD', 'order_id' => "$prefix-2"]], 2) as $key => $r) {
			$got[] = $r instanceof CryptoInvoice\Invoice ? ($r->orderId === $key ? 'own' : "SWAPPED $r->orderId") : get_class($r);
		}
		return implode(', ', $got);
	};
	echo "$scheme before fork: ", $create("$scheme-before"), '; batch ', $batch("$scheme-b0"), "\n";
	/* A child that never calls the extension still shuts it down when it exits. */
	if (($pid = pcntl_fork()) === 0) {
		exit(0);
	}
	pcntl_waitpid($pid, $status);
	echo "$scheme after an idle child: ", $create("$scheme-idle"), "\n";
	$pid = pcntl_fork();
	if ($pid === 0) {
		echo "$scheme child: ", $create("$scheme-child"), '; batch ', $batch("$scheme-cb"), "\n";
		exit(0); /* a normal end: the child's shutdown must not touch the parent's connections either */
	}
	pcntl_waitpid($pid, $status);
	echo "$scheme child exit status: ", pcntl_wexitstatus($status), "\n";
	echo "$scheme parent: ", $create("$scheme-parent"), "\n";

	$conn = [];
	foreach ($requests() as [$c, $order]) {
		$conn[$order] = $c;
	}
	$inherited = [$conn["$scheme-before"], $conn["$scheme-b0-1"], $conn["$scheme-b0-2"]];
	$child = [$conn["$scheme-child"], $conn["$scheme-cb-1"], $conn["$scheme-cb-2"]];
	echo "$scheme child requests on inherited connections: ", count(array_intersect($child, $inherited)), "\n";
	echo "$scheme parent kept its connection: ", $conn["$scheme-idle"] === $conn["$scheme-before"]
		&& $conn["$scheme-parent"] === $conn["$scheme-before"] ? 'yes' : 'no', "\n";
}
?>
--EXPECT--
http before fork: http-before; batch own, own
http after an idle child: http-idle
http child: http-child; batch own, own
http child exit status: 0
http parent: http-parent
http child requests on inherited connections: 0
http parent kept its connection: yes
https before fork: https-before; batch own, own
https after an idle child: https-idle
https child: https-child; batch own, own
https child exit status: 0
https parent: https-parent
https child requests on inherited connections: 0
https parent kept its connection: yes
