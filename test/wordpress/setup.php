<?php
/**
 * WordPress side of the plugin test (run by test/wordpress/run.mjs with PHP's CLI).
 *
 *   php setup.php <wordpress-dir> <site-url> install <admin-password>
 *   php setup.php <wordpress-dir> <site-url> content <author-password>   activate the plugin, create an Author, save posts as that Author
 *   php setup.php <wordpress-dir> <site-url> theme <slug>
 *   php setup.php <wordpress-dir> <site-url> option <name> <value>    update_option() through the registered sanitizer
 *
 * Prints one JSON object on the last line.
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $dir, $site, $command ) = $argv;
$arg   = isset( $argv[4] ) ? $argv[4] : '';
$parts = parse_url( $site );

// What a web request would set, so WordPress builds its URLs for this site.
$_SERVER['HTTP_HOST']       = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = $parts['port'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $dir . '/wp-load.php';

function out( $data ) {
	echo "\n" . json_encode( $data ) . "\n";
	exit( 0 );
}

function fail( $message ) {
	fwrite( STDERR, "setup.php: $message\n" );
	exit( 1 );
}

if ( 'install' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Desa Contoh', 'admin', 'admin@example.invalid', false, '', wp_slash( $arg ), 'id_ID' );
	if ( is_wp_error( $result ) ) {
		fail( $result->get_error_message() );
	}
	out( array( 'installed' => get_bloginfo( 'version' ) ) );
}

if ( 'theme' === $command ) {
	switch_theme( $arg );
	if ( get_stylesheet() !== $arg ) {
		fail( "theme $arg could not be activated" );
	}
	out( array( 'theme' => get_stylesheet(), 'block_theme' => function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) );
}

if ( 'option' === $command ) {
	update_option( $arg, isset( $argv[5] ) ? $argv[5] : '' );
	out( array( 'option' => $arg, 'value' => get_option( $arg ) ) );
}

if ( 'content' !== $command ) {
	fail( "unknown command $command" );
}

require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'awas/awas.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin: ' . $activated->get_error_message() );
}

$author_id = wp_insert_user(
	array(
		'user_login' => 'penulis',
		'user_pass'  => $arg,
		'user_email' => 'penulis@example.invalid',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	fail( 'wp_insert_user: ' . $author_id->get_error_message() );
}

// From here on WordPress treats this process as the Author: kses_init() runs on set_current_user and adds the
// content filters, exactly as when an Author saves in the editor.
wp_set_current_user( $author_id );
$author_check = array(
	'role'            => 'author',
	'unfiltered_html' => current_user_can( 'unfiltered_html' ),
	'kses_active'     => false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' ),
);

$posts = array(
	'shortcode' => array(
		'title'   => 'Uji shortcode',
		'content' => implode(
			"\n\n",
			array(
				'Halaman uji: nomor pengaduan untuk WNI di Kamboja.',
				'[awas widget="hotline-card" from="kh"]',
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="risk-quiz" mode="list" questions="visa-kerja,paspor"]' . "\n" . '<!-- /wp:shortcode -->',
				'[awas widget="hotline-card" hotlines="sapa129,kp2mi" layout="compact" lang="en" onclick="alert(1)" heading=\'Help <img src=x onerror=alert(1)> "now"\']',
				'[awas widget="bogus"]',
			)
		),
	),
	'block'     => array(
		'title'   => 'Uji blok',
		'content' => implode(
			"\n\n",
			array(
				'<!-- wp:paragraph --><p>Halaman uji: blok Awas.</p><!-- /wp:paragraph -->',
				'<!-- wp:awas/widget {"widget":"hotline-card","from":"kh","lang":"en"} /-->',
				'<!-- wp:awas/widget {"widget":"stats-ticker","stats":"kemlu-online-scam"} /-->',
				'<!-- wp:awas/widget {"widget":"scam-carousel","reveal":"always","autoplay":true} /-->',
				'<!-- wp:awas/widget {"widget":"safe-exit","position":"bottom-right"} /-->',
			)
		),
	),
	// What an Author gets by pasting the snippet generator's script and mount snippets (src/embed/snippets.ts, given
	// by run.mjs): kses must drop the script and the custom element and keep the mount div (the plugin then loads
	// awas.js for it).
	'raw'       => array(
		'title'   => 'Uji tempel langsung',
		'content' => '<p>Tempel langsung:</p>' . getenv( 'AWAS_WP_PASTED' ),
	),
	// Mounts with the widgets' readable copies (hosted-pages/prerender.ts, given by run.mjs) after a script tag, pasted by
	// the Author: kses must keep the copies' text and tel: / wa.me links and drop the script.
	'copied'    => array(
		'title'   => 'Uji tempel salinan siap baca',
		'content' => getenv( 'AWAS_WP_COPIED' ),
	),
	// The builder's mount snippet as it is today (src/embed/snippets.ts), pasted by the Author.
	'builder'   => array(
		'title'   => 'Uji tempel kode mount dari pembuat kode',
		'content' => getenv( 'AWAS_WP_BUILDER_MOUNT' ),
	),
	// Which copy the plugin prints for other locations and languages (read with JavaScript off).
	'locations' => array(
		'title'   => 'Uji lokasi pembaca',
		'content' => implode(
			"\n\n",
			array(
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="hotline-card"]' . "\n" . '<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="hotline-card" from="MY" lang="en"]' . "\n" . '<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="risk-quiz" from="kh" lang="en-GB"]' . "\n" . '<!-- /wp:shortcode -->',
				'<!-- wp:awas/widget {"widget":"hotline-card","from":"kh","layout":"compact"} /-->',
			)
		),
	),
	// The widget language when nothing names one: the plugin's setting (Settings › Awas), never the theme's <html lang>.
	'langs'     => array(
		'title'   => 'Uji bahasa widget',
		'content' => implode(
			"\n\n",
			array(
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="hotline-card"]' . "\n" . '<!-- /wp:shortcode -->',
				'<!-- wp:shortcode -->' . "\n" . '[awas widget="hotline-card" lang="id"]' . "\n" . '<!-- /wp:shortcode -->',
				'<!-- wp:awas/widget {"widget":"stats-ticker","stats":"kemlu-online-scam"} /-->',
			)
		),
	),
	// The snippet generator's shortcode, with a heading full of characters a shortcode cannot carry as such.
	'generated' => array(
		'title'   => 'Uji shortcode dari pembuat kode',
		'content' => getenv( 'AWAS_WP_GENERATED_SHORTCODE' ),
	),
	'none'      => array(
		'title'   => 'Tanpa widget',
		'content' => '<!-- wp:paragraph --><p>Halaman biasa tanpa widget Awas.</p><!-- /wp:paragraph -->',
	),
);

$result = array(
	'author' => $author_check,
	'posts'  => array(),
);
foreach ( $posts as $key => $post ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $post['content'],
				'post_status'  => 'publish',
				'post_author'  => $author_id,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fail( "wp_insert_post($key): " . $id->get_error_message() );
	}
	$saved                    = get_post( $id );
	$result['posts'][ $key ] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'author'  => (int) $saved->post_author,
		'status'  => $saved->post_status,
		'content' => $saved->post_content,
	);
}
out( $result );
