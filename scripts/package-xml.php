<?php
/*
 * Writes package.xml (PEAR package 2.0, for `pecl package`) from the files git tracks, so a new
 * source, test or doc file can never be left out of the PECL tarball.
 *   php scripts/package-xml.php           # rewrite package.xml
 *   php scripts/package-xml.php --check   # exit 1 when package.xml is not what this would write
 */
const RELEASE_DATE = '2026-11-22';
const STABILITY = 'beta';

$root = dirname(__DIR__);
chdir($root);
preg_match('/#define PHP_CRYPTOINVOICE_VERSION "([^"]+)"/', file_get_contents('ext/php_cryptoinvoice.h'), $m);
$version = $m[1];

/* role by path: what the PECL installer does with each file */
function role(string $path): ?string
{
	return match (true) {
		str_starts_with($path, 'ext/'), in_array($path, ['config.m4', 'config.w32'], true) => 'src',
		str_starts_with($path, 'tests/') => 'test',
		in_array($path, ['README.md', 'CHANGELOG.md', 'LICENSE'], true), str_starts_with($path, 'examples/'),
			str_starts_with($path, 'stubs/'), str_starts_with($path, 'docs/') => 'doc',
		default => null, /* CI and dev scripts, bench, composer.json: not part of the PECL package */
	};
}

exec('git ls-files', $files, $rc);
if ($rc !== 0) {
	fwrite(STDERR, "git ls-files failed\n");
	exit(2);
}
sort($files);
$lines = [];
foreach ($files as $f) {
	if (($role = role($f)) !== null) {
		$lines[] = sprintf('      <file name="%s" role="%s"/>', htmlspecialchars($f, ENT_XML1), $role);
	}
}
$files_xml = implode("\n", $lines);
$date = RELEASE_DATE;
$stability = STABILITY;

$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
  <name>cryptoinvoice</name>
  <channel>pecl.php.net</channel>
  <summary>Crypto-payment invoices with Cryptomus, CryptoCloud, OnChainPay, Bitsby and Heleket through one API</summary>
  <description>A PHP extension in C that creates crypto-payment invoices with Cryptomus, CryptoCloud, OnChainPay, Bitsby and Heleket through one API: one parameter array for every provider, persistent connections, parallel batches on libcurl's multi interface, verified webhooks, typed exceptions and no way to leak a key.</description>
  <lead>
    <name>cryptoinvoice developers</name>
    <user>cryptoinvoice</user>
    <email>dev@cryptoinvoice.invalid</email>
    <active>yes</active>
  </lead>
  <date>{$date}</date>
  <version>
    <release>{$version}</release>
    <api>{$version}</api>
  </version>
  <stability>
    <release>{$stability}</release>
    <api>{$stability}</api>
  </stability>
  <license uri="https://opensource.org/licenses/MIT">MIT</license>
  <notes>See CHANGELOG.md.</notes>
  <contents>
    <dir name="/">
{$files_xml}
    </dir>
  </contents>
  <dependencies>
    <required>
      <php>
        <min>8.2.0</min>
      </php>
      <pearinstaller>
        <min>1.10.0</min>
      </pearinstaller>
      <extension>
        <name>json</name>
      </extension>
      <extension>
        <name>date</name>
      </extension>
      <extension>
        <name>spl</name>
      </extension>
    </required>
  </dependencies>
  <providesextension>cryptoinvoice</providesextension>
  <extsrcrelease>
    <configureoption name="enable-cryptoinvoice-dev" default="no" prompt="Build with -Wall -Wextra -Werror (development)?"/>
    <configureoption name="enable-cryptoinvoice-asan" default="no" prompt="Build with AddressSanitizer (development)?"/>
  </extsrcrelease>
</package>

XML;

if (in_array('--check', $argv, true)) {
	if (!is_file('package.xml') || file_get_contents('package.xml') !== $xml) {
		fwrite(STDERR, "package.xml is stale: run php scripts/package-xml.php and commit it\n");
		exit(1);
	}
	echo "package.xml: current ({$version}, " . count($lines) . " files)\n";
	exit(0);
}
file_put_contents('package.xml', $xml);
echo "package.xml: written ({$version}, " . count($lines) . " files)\n";
