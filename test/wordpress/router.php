<?php
/**
 * Router for `php -S 127.0.0.1:<port> -t <wordpress> router.php` in the plugin test.
 * Front-end pages get a strict script policy, as a hardened government site would send:
 *   Content-Security-Policy: script-src 'self'; object-src 'none'; base-uri 'self'
 * so the test sees whether the plugin's widgets work with nothing but same-origin scripts.
 * (WordPress core's own inline scripts, e.g. the emoji loader, are blocked by it: that is WordPress, not Awas.)
 */

$awas_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$awas_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$awas_file = realpath( $awas_root . $awas_path );

// Static files (awas.js, theme CSS; Debian links some of core's JavaScript libraries to /usr/share/javascript).
if ( false === strpos( $awas_path, '..' ) && is_file( $awas_root . $awas_path ) && '.php' !== substr( $awas_path, -4 ) ) {
	return false;
}

$awas_front = ! preg_match( '#^/(wp-admin|wp-login\.php|wp-json|wp-cron\.php|xmlrpc\.php)#', $awas_path ) && ! isset( $_GET['rest_route'] );
if ( $awas_front ) {
	header( "Content-Security-Policy: script-src 'self'; object-src 'none'; base-uri 'self'" );
}

if ( $awas_file && is_dir( $awas_file ) ) {
	$awas_file = rtrim( $awas_file, '/' ) . '/index.php';
}
if ( ! $awas_file || ! is_file( $awas_file ) || 0 !== strpos( $awas_file, $awas_root . '/' ) ) {
	$awas_file = $awas_root . '/index.php';
	$awas_path = '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $awas_file;
$_SERVER['SCRIPT_NAME']     = substr( $awas_file, strlen( $awas_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $awas_file ) );
require $awas_file;
