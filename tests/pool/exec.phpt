--TEST--
Persistent connections are not inherited by programs the script runs (proc_open, exec, shell_exec)
--EXTENSIONS--
cryptoinvoice
--SKIPIF--
<?php if (!is_readable('/proc/net/tcp') || !is_dir('/proc/self/fd')) die('skip needs Linux /proc'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/pool.inc';

/* A program started while a connection is pooled would otherwise hold the pooled TCP (and TLS)
 * connection open: the server would see no close when the pool closes it, and the program could
 * write into it. The TCP sockets of this process (their inodes, from /proc/net/tcp) must not be
 * among the open descriptors of a program it runs. */
function tcp_inodes(): array
{
	$tcp = [];
	foreach (['/proc/net/tcp', '/proc/net/tcp6'] as $table) {
		foreach (array_slice(file($table) ?: [], 1) as $line) {
			$tcp[preg_split('/\s+/', trim($line))[9]] = true;
		}
	}
	$mine = [];
	foreach (glob('/proc/self/fd/*') as $fd) {
		if (preg_match('/^socket:\[(\d+)\]$/', (string) @readlink($fd), $m) && isset($tcp[$m[1]])) {
			$mine[] = $m[1];
		}
	}
	return $mine;
}

foreach (['http' => false, 'https' => true] as $scheme => $tls) {
	[$base, , , $ca] = ci_keepalive_start(60000, $tls);
	$before = tcp_inodes(); /* the test runner's own, say */
	ci_test_gateway('cryptomus', $base, $ca ? ['ca_file' => $ca] : [])
		->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => "$scheme-1"]);
	$pooled = array_diff(tcp_inodes(), $before);
	$child = (string) shell_exec('ls -l /proc/self/fd');
	$inherited = array_filter($pooled, fn(string $inode) => str_contains($child, "socket:[$inode]"));
	echo "$scheme: ", count($pooled) > 0 ? 'a pooled connection' : 'NO pooled connection', ", inherited by a program run: ", count($inherited), "\n";
}
?>
--EXPECT--
http: a pooled connection, inherited by a program run: 0
https: a pooled connection, inherited by a program run: 0
