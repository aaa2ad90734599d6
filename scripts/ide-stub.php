<?php
/*
 * Writes stubs/cryptoinvoice.php, the stub file for IDEs and static analysers (PhpStorm, Psalm,
 * PHPStan), from ext/cryptoinvoice.stub.php: the same declarations and docblocks without the tags
 * that only gen_stub.php reads.
 *   php scripts/ide-stub.php           # rewrite it
 *   php scripts/ide-stub.php --check   # exit 1 when it is stale
 */
chdir(dirname(__DIR__));
preg_match('/#define PHP_CRYPTOINVOICE_VERSION "([^"]+)"/', file_get_contents('ext/php_cryptoinvoice.h'), $m);
$src = file_get_contents('ext/cryptoinvoice.stub.php');

$internal = '/^\s*\*\s*@(generate-class-entries|implementation-alias|strict-properties|not-serializable)\b.*\n/m';
$out = preg_replace($internal, '', $src);
/* Docblocks left empty, or one-liners holding only an internal tag, go. */
$out = preg_replace('#^\s*/\*\*\s*\n(\s*\*/\n)#m', '', $out);
$out = preg_replace('#^\s*/\*\*\s*\*/\n#m', '', $out);
$out = preg_replace('#/\*\* @implementation-alias [^*]*\*/\n\s*#', '', $out);
$out = preg_replace('#/\*\* @generate-class-entries \*/\n\n#', '', $out);
$header = "<?php\n\n/**\n * IDE stubs for the cryptoinvoice extension {$m[1]} (generated from ext/cryptoinvoice.stub.php\n"
	. " * by scripts/ide-stub.php; do not edit). The extension itself ships no PHP code.\n */\n";
$out = $header . preg_replace('/^<\?php\s*/', "\n", $out);
$out = str_replace("\nnamespace CryptoInvoice {\n\n\tconst", "\nnamespace CryptoInvoice {\n\n\tconst", $out);
/* The version constant the extension registers in MINIT. */
$out = str_replace("namespace CryptoInvoice {\n", "namespace CryptoInvoice {\n\n\t/** The extension's version. */\n\tconst VERSION = '{$m[1]}';\n", $out);

if (in_array('--check', $argv, true)) {
	if (@file_get_contents('stubs/cryptoinvoice.php') !== $out) {
		fwrite(STDERR, "stubs/cryptoinvoice.php is stale: run php scripts/ide-stub.php and commit it\n");
		exit(1);
	}
	echo "stubs/cryptoinvoice.php: current\n";
	exit(0);
}
file_put_contents('stubs/cryptoinvoice.php', $out);
echo "stubs/cryptoinvoice.php: written\n";
